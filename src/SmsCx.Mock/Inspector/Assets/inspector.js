'use strict';

// The mock's live inspector. It polls GET state (beside this page) with the ETag it holds: an unchanged mock answers
// 304 with no body. Every value from the mock is put in the page with textContent, never parsed as HTML.
(() => {
  const PollMs = 500;
  const RequestTimeoutMs = 5000;
  const Limit = 200;
  const KeyStorage = 'smscx.inspector.adminKey';

  const $ = id => document.getElementById(id);

  const view = {
    selected: null,
    etag: null,
    etagUrl: null,
    timer: 0,
    polling: false,
    needsKey: false,
  };

  // ---- DOM helpers -------------------------------------------------------------------------------------------

  function el(tag, options = {}, ...children) {
    const node = document.createElement(tag);
    if (options.className) node.className = options.className;
    if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
    for (const [name, value] of Object.entries(options.attrs || {})) node.setAttribute(name, String(value));
    node.append(...children);
    return node;
  }

  function badge(status) {
    return el('span', { className: 'badge', text: status, attrs: { 'data-status': status } });
  }

  function utcTime(iso) {
    // "2026-12-04T10:00:01.2345678+00:00" -> "10:00:01.234"; the mock's clock is UTC.
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso) : date.toISOString().substring(11, 23);
  }

  function utcDateTime(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso) : `${date.toISOString().replace('T', ' ').substring(0, 23)} UTC`;
  }

  function timeCell(iso) {
    return el('td', {}, el('time', { text: utcTime(iso), attrs: { datetime: iso, title: iso } }));
  }

  function replaceRows(tbody, rows, emptyNote) {
    tbody.replaceChildren(...rows);
    emptyNote.hidden = rows.length > 0;
  }

  // ---- Talking to the mock -----------------------------------------------------------------------------------

  async function request(path, init = {}) {
    const headers = new Headers(init.headers || {});
    const key = sessionStorage.getItem(KeyStorage);
    if (key) headers.set('X-Admin-Key', key);
    const abort = new AbortController();
    const timeout = setTimeout(() => abort.abort(), RequestTimeoutMs);
    try {
      return await fetch(new URL(path, location.href), { ...init, headers, cache: 'no-store', signal: abort.signal });
    } finally {
      clearTimeout(timeout);
    }
  }

  async function problemText(response) {
    let detail = '';
    try {
      const body = await response.json();
      detail = [body.title, body.detail].filter(Boolean).join(': ');
    } catch {
      detail = response.statusText;
    }
    return `${response.status} ${detail}`.trim();
  }

  function stateUrl() {
    const query = new URLSearchParams({ limit: String(Limit) });
    if (view.selected) query.set('msgId', view.selected);
    return `state?${query}`;
  }

  async function poll() {
    const url = stateUrl();
    const headers = {};
    if (view.etag && view.etagUrl === url) headers['If-None-Match'] = view.etag;

    const response = await request(url, { headers });
    if (response.status === 304) {
      setConnection('live', 'Live');
      return;
    }
    if (response.status === 401) {
      askForKey(await problemText(response));
      return;
    }
    if (!response.ok) {
      setConnection('error', await problemText(response));
      return;
    }

    const state = await response.json();
    view.etag = response.headers.get('ETag');
    view.etagUrl = url;
    render(state);
    setConnection('live', 'Live');
  }

  async function tick() {
    clearTimeout(view.timer);
    if (view.polling || view.needsKey || document.hidden) return;
    view.polling = true;
    try {
      await poll();
    } catch {
      setConnection('offline', 'The mock does not answer; retrying…');
    } finally {
      view.polling = false;
      if (!view.needsKey && !document.hidden) view.timer = setTimeout(tick, PollMs);
    }
  }

  function refreshNow() {
    view.etag = null;
    tick();
  }

  function setConnection(state, text) {
    $('connection').dataset.state = state;
    $('connection-text').textContent = text;
  }

  // ---- Admin key ---------------------------------------------------------------------------------------------

  function askForKey(problem) {
    const hadKey = sessionStorage.getItem(KeyStorage) !== null;
    view.needsKey = true;
    clearTimeout(view.timer);
    setConnection('paused', 'Admin key needed');
    const reason = $('key-reason');
    reason.className = hadKey ? 'error' : '';
    reason.textContent = hadKey
      ? `The mock did not accept that admin key (${problem}). Enter the value of --admin-key.`
      : 'This mock requires its admin key (the value of --admin-key) to show its messages.';
    $('layout').hidden = true;
    $('key-panel').hidden = false;
    $('admin-key').focus();
  }

  function submitKey(event) {
    event.preventDefault();
    sessionStorage.setItem(KeyStorage, $('admin-key').value);
    $('admin-key').value = '';
    $('key-panel').hidden = true;
    $('layout').hidden = false;
    view.needsKey = false;
    refreshNow();
  }

  // ---- Rendering ---------------------------------------------------------------------------------------------

  function render(state) {
    $('totals').textContent =
      `${plural(state.messageCount, 'message')} · ${plural(state.journalCount, 'webhook attempt')}`;
    $('messages-count').textContent = shownOf(state.messages.length, state.messageCount);
    $('journal-count').textContent = shownOf(state.journal.length, state.journalCount);
    replaceRows($('messages').tBodies[0], state.messages.map(messageRow), $('messages-empty'));
    replaceRows($('journal').tBodies[0], state.journal.map(journalRow), $('journal-empty'));
    renderDetail(state.selected, state.selectedJournal);
  }

  function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
  }

  function shownOf(shown, total) {
    return shown < total ? `(newest ${shown} of ${total})` : `(${total})`;
  }

  function messageRow(message) {
    const row = el('tr', { attrs: { 'data-msg-id': message.msgId, tabindex: 0 } },
      timeCell(message.createdAt),
      el('td', {}, badge(message.status)),
      el('td', { text: message.to }),
      el('td', { text: message.from }),
      el('td', { className: 'text', text: message.text, attrs: { title: message.text } }),
      el('td', { text: message.plan }),
      el('td', { className: 'num', text: message.cost }));
    // The id is in the detail panel and, on hover, here; the list keeps its width for what tells messages apart.
    row.title = message.msgId;
    row.setAttribute('aria-selected', String(message.msgId === view.selected));
    return row;
  }

  function journalRow(entry) {
    const http = entry.statusCode ?? '—';
    const items = entry.statuses.length ? `${entry.items} (${entry.statuses.join(', ')})` : entry.items;
    return el('tr', { attrs: { 'data-sequence': entry.sequence, 'data-event': entry.event } },
      timeCell(entry.startedAt),
      el('td', { text: entry.chaos ? `${entry.event} · ${entry.chaos}` : entry.event }),
      el('td', { className: 'url', text: entry.endpoint, attrs: { title: entry.endpoint } }),
      el('td', { className: 'num items', text: items }),
      el('td', { text: http, attrs: entry.error ? { title: entry.error } : {} }),
      el('td', {}, el('span', { className: 'outcome', text: entry.outcome, attrs: { 'data-outcome': entry.outcome } })),
      el('td', { className: 'num', text: `${entry.latencyMs.toFixed(1)} ms` }),
      el('td', { className: 'num', text: entry.attempt }));
  }

  function renderDetail(message, journal) {
    $('detail-empty').hidden = message !== null;
    $('detail').hidden = message === null;
    if (message === null) return;

    const status = $('detail-status');
    status.textContent = message.status;
    status.dataset.status = message.status;
    $('detail-id').textContent = message.msgId;
    $('detail-text').textContent = message.text;
    $('detail-facts').replaceChildren(...facts(message));
    $('timeline').replaceChildren(...message.timeline.map(change => el('li', {},
      badge(change.status),
      el('time', { text: utcTime(change.at), attrs: { datetime: change.at, title: change.at } }),
      el('span', { text: change.errorCode === null ? '' : `error code ${change.errorCode}` }))));
    replaceRows($('detail-journal').tBodies[0], journal.map(journalRow), $('detail-journal-empty'));
  }

  function facts(message) {
    const pairs = [
      ['To', `${message.to} (${message.countryIso})`],
      ['From', message.from],
      ['Plan', message.plan],
      ['Parts', message.parts],
      ['Cost', message.cost],
      ['Created', utcDateTime(message.createdAt)],
      ['Campaign', message.campaignId],
    ];
    return pairs.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value })]);
  }

  // ---- Selecting and acting ----------------------------------------------------------------------------------

  // The selected message is also the page's fragment (#msgId), so a link or a reload opens the same message.
  function messageInHash() {
    const id = decodeURIComponent(location.hash.substring(1)).toLowerCase();
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) ? id : null;
  }

  function select(msgId) {
    if (view.selected !== msgId) {
      view.selected = msgId;
      $('action-result').hidden = true;
    }
    if (messageInHash() !== msgId) history.replaceState(null, '', `#${msgId}`);
    for (const row of $('messages').tBodies[0].rows)
      row.setAttribute('aria-selected', String(row.dataset.msgId === msgId));
    refreshNow();
  }

  function onMessagesEvent(event) {
    if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') return;
    const row = event.target.closest('tr[data-msg-id]');
    if (!row) return;
    event.preventDefault();
    select(row.dataset.msgId);
  }

  const actions = {
    reply: {
      body: () => JSON.stringify({ text: $('reply-text').value }),
      done: () => `Replied “${$('reply-text').value}”: a receive_sms webhook is on its way.`,
    },
    click: { done: () => 'Clicked the short link: a shortlink_hit webhook is on its way.' },
    optout: { done: () => 'Opted out: a new_optout webhook is on its way; later sends to this number are REJECTED.' },
  };

  async function act(kind) {
    const msgId = view.selected;
    if (!msgId) return;
    const action = actions[kind];
    const init = { method: 'POST' };
    if (action.body) {
      init.headers = { 'Content-Type': 'application/json' };
      init.body = action.body();
    }

    setBusy(true);
    try {
      const response = await request(`../messages/${encodeURIComponent(msgId)}/${kind}`, init);
      if (response.status === 401) {
        askForKey(await problemText(response));
        return;
      }
      showResult(response.ok ? 'ok' : 'error', response.ok ? action.done() : await problemText(response));
      refreshNow();
    } catch {
      showResult('error', 'The mock does not answer.');
    } finally {
      setBusy(false);
    }
  }

  function setBusy(busy) {
    for (const id of ['reply', 'click', 'optout']) $(id).disabled = busy;
  }

  function showResult(kind, text) {
    const result = $('action-result');
    result.dataset.kind = kind;
    result.textContent = text;
    result.hidden = false;
  }

  // ---- Start -------------------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    for (const table of document.querySelectorAll('table.journal-table'))
      table.tHead.append($('journal-columns').content.cloneNode(true));
    const messages = $('messages').tBodies[0];
    messages.addEventListener('click', onMessagesEvent);
    messages.addEventListener('keydown', onMessagesEvent);
    $('reply-form').addEventListener('submit', event => {
      event.preventDefault();
      act('reply');
    });
    $('click').addEventListener('click', () => act('click'));
    $('optout').addEventListener('click', () => act('optout'));
    $('key-form').addEventListener('submit', submitKey);
    // A hidden tab stops polling and catches up at once when shown again.
    document.addEventListener('visibilitychange', () => (document.hidden ? clearTimeout(view.timer) : refreshNow()));
    window.addEventListener('hashchange', () => {
      const linked = messageInHash();
      if (linked) select(linked);
    });
    view.selected = messageInHash();
    tick();
  });
})();
