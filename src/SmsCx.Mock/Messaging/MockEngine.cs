using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SmsCx.Contracts;
using SmsCx.Contracts.Serialization;
using SmsCx.Contracts.Webhooks;
using SmsCx.Mock.Diagnostics;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// The mock's state and behaviour behind the API: accepted messages, the opt-out list, outcome overrides, each
/// message's lifecycle (SENT, then DELIVERED or FAILED, then any planned customer action) and the customer
/// actions a test or scenario triggers. Every delay runs on the injected <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
public sealed class MockEngine : IAsyncDisposable
{
    private readonly MockOptions _options;
    private readonly TimeProvider _time;
    private readonly WebhookDispatcher _dispatcher;
    private readonly FakeVisitor _visitors;
    private readonly ILogger _logger;
    private int _warnedNoWebhookUrl;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<OutcomePlan>> _overrides = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lifecycle> _lifecycles = new(StringComparer.Ordinal);
    private static readonly TimeSpan s_longestDelay = TimeSpan.FromDays(30);
    private readonly CancellationTokenSource _stopping = new();
    private long _nextHitId = 100_000;
    private long _version;

    /// <summary>Creates the engine. All arguments are required.</summary>
    public MockEngine(
        MockOptions options,
        TimeProvider time,
        WebhookDispatcher dispatcher,
        WebhookJournal journal,
        SeededRandom random,
        ILogger<MockEngine> logger)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
        Journal = journal ?? throw new ArgumentNullException(nameof(journal));
        Random = random ?? throw new ArgumentNullException(nameof(random));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _visitors = new FakeVisitor(random.Seed);
        Messages = new MessageStore(options.MaxMessages);
    }

    /// <summary>Every message accepted, rejected or refused for coverage.</summary>
    public MessageStore Messages { get; }

    /// <summary>Every webhook attempt.</summary>
    public WebhookJournal Journal { get; }

    /// <summary>The seeded source of ids and fake data.</summary>
    public SeededRandom Random { get; }

    /// <summary>The clock every delay runs on.</summary>
    public TimeProvider Time => _time;

    /// <summary>The account's opt-out list; numbers on it get REJECTED.</summary>
    public OptoutList Optouts { get; } = new();

    /// <summary>
    /// Grows with every change the engine makes to its messages (accepted, status changed, outcome overridden,
    /// deleted, reset) and never shrinks: two equal reads mean no message changed in between. Bumped after the
    /// change, so a snapshot taken after reading it is at least as new. The journal has its own
    /// <see cref="WebhookJournal.Version"/>.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// Makes the next message sent to <paramref name="e164"/> follow <paramref name="plan"/> instead of its
    /// magic-number or default plan. Several calls queue up, one per message.
    /// </summary>
    public void SetNextOutcome(string e164, OutcomePlan plan)
    {
        ArgumentException.ThrowIfNullOrEmpty(e164);
        ArgumentNullException.ThrowIfNull(plan);
        _overrides.GetOrAdd(e164, _ => new ConcurrentQueue<OutcomePlan>()).Enqueue(plan);
    }

    /// <summary>
    /// Chooses the plan for a new message to <paramref name="e164"/>: an override (consumed when
    /// <paramref name="consume"/> is true), else the opt-out list (REJECTED), else a magic number, else delivered.
    /// </summary>
    public OutcomePlan PlanFor(string e164, bool consume)
    {
        if (_overrides.TryGetValue(e164, out var queue)
            && (consume ? queue.TryDequeue(out var planned) : queue.TryPeek(out planned)))
        {
            return planned;
        }

        if (Optouts.Contains(e164))
            return MagicNumbers.Table["20"] with { Name = "opted-out" };
        return MagicNumbers.PlanFor(e164) ?? OutcomePlan.Delivered;
    }

    /// <summary>
    /// Stores a message whose send answer was built, and starts its lifecycle if it was accepted. Returns a task
    /// that completes once an early SENT report (chaos <see cref="ChaosOptions.EarlyReportRate"/>) has had its
    /// first attempt; the send's answer waits for it. Without an early report the task is already complete.
    /// </summary>
    public Task Accept(MockMessage message, OutcomePlan plan)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(plan);
        var status = plan.StatusAtSend(message.ScheduledAt is not null);
        message.Apply(new StatusChange(status, null, message.CreatedAt));
        CountFinal(status);
        Messages.Add(message);
        Changed();
        if (plan.Disposition != SendDisposition.Accept)
            return Task.CompletedTask;

        var early = plan.ReportSent && message.ScheduledAt is null && Random.Chance(_options.Webhooks.Chaos.EarlyReportRate);
        var reported = early ? ChangeStatus(message, MessageStatus.Sent, null, immediately: true) : Task.CompletedTask;
        StartLifecycle(message, token => RunPlanAsync(message, early ? plan with { ReportSent = false } : plan, token));
        return reported;
    }

    /// <summary>
    /// Overrides the outcome of an existing message: after <paramref name="after"/>, it reports SENT (if not yet)
    /// and then <paramref name="status"/> (SENT, DELIVERED or FAILED). Cancels its planned lifecycle.
    /// Throws <see cref="KeyNotFoundException"/> for an unknown id and <see cref="InvalidOperationException"/>
    /// when the message is already in a final state.
    /// </summary>
    public void SetOutcome(string msgId, MessageStatus status, int? errorCode, TimeSpan after)
    {
        if (status is not (MessageStatus.Sent or MessageStatus.Delivered or MessageStatus.Failed))
            throw new ArgumentOutOfRangeException(nameof(status), status, "An outcome is SENT, DELIVERED or FAILED.");
        var message = Find(msgId);
        if (MessageStatusTable.IsFinal(message.Status))
        {
            throw new InvalidOperationException(
                $"Message {msgId} is already {MessageStatusTable.WireName(message.Status)}; set its outcome before " +
                "it is delivered, e.g. with an outcome for the recipient before the send or with a magic number.");
        }

        message.PlanName = $"override-{MessageStatusTable.WireName(status).ToLowerInvariant()}";
        Changed();
        StartLifecycle(message, token => RunOverrideAsync(message, status, errorCode, after, token));
    }

    /// <summary>
    /// Deletes a message that is still waiting for its scheduled time: its lifecycle stops and it is forgotten.
    /// Returns <see langword="null"/> for an unknown id; throws <see cref="InvalidOperationException"/> when the
    /// message is no longer scheduled.
    /// </summary>
    public MockMessage? CancelScheduled(string msgId)
    {
        if (!Messages.TryGet(msgId, out var message))
            return null;
        if (message.Status != MessageStatus.Scheduled)
            throw new InvalidOperationException($"Message {msgId} is {MessageStatusTable.WireName(message.Status)}, not SCHEDULED.");

        if (_lifecycles.TryRemove(msgId, out var lifecycle))
            lifecycle.Cancel();
        Messages.Remove(msgId);
        Changed();
        return message;
    }

    /// <summary>
    /// The recipient of <paramref name="msgId"/> replies <paramref name="text"/>: sends a <c>receive_sms</c> item.
    /// Throws <see cref="KeyNotFoundException"/> for an unknown id.
    /// </summary>
    public ReceivedSms Reply(string msgId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var message = Find(msgId);
        var item = new ReceivedSms
        {
            MsgId = Random.NewId(),
            From = message.To,
            CountryIso = message.CountryIso,
            To = _options.InboundNumber,
            Text = text,
            Cost = 0m,
            ReceivedAt = Now(),
        };
        Log.CustomerActed(_logger, message.To, "replied", message.MsgId);
        var summary = new JournalItem(item.MsgId, null, null, item.From, message.MsgId);
        Send(AccountUrl(message), WebhookEvents.ReceiveSms, message.MsgId, item, SmsCxJson.Context.ReceivedSms, summary,
            message.SendContext);
        return item;
    }

    /// <summary>
    /// The recipient of <paramref name="msgId"/> opens its short link: sends a <c>shortlink_hit</c> item. A message
    /// sent without a short link gets a made-up <c>https://en.ax/...</c> one in the hit (MOCK CHOICE), so a click can
    /// be tested on any message. Throws <see cref="KeyNotFoundException"/> for an unknown id.
    /// </summary>
    public ShortlinkHit Click(string msgId)
    {
        var message = Find(msgId);
        var url = message.ShortlinkUrl ?? $"https://en.ax/{Random.NextString(3, Placeholders.Alphabet)}/" +
            Random.NextString(3, Placeholders.Alphabet);
        var shortlinkId = new Uri(url).Segments[1].TrimEnd('/');
        var hit = _visitors.HitFor(message, url, shortlinkId, Interlocked.Increment(ref _nextHitId), Now());
        Log.CustomerActed(_logger, message.To, "clicked", message.MsgId);
        var summary = new JournalItem(null, null, hit.HitId, message.To, message.MsgId);
        Send(AccountUrl(message), WebhookEvents.ShortlinkHit, message.MsgId, hit, SmsCxJson.Context.ShortlinkHit, summary,
            message.SendContext);
        return hit;
    }

    /// <summary>
    /// The recipient of <paramref name="msgId"/> uses the opt-out link: joins the opt-out list (later sends are
    /// REJECTED) and a <c>new_optout</c> item is sent. Throws <see cref="KeyNotFoundException"/> for an unknown id.
    /// </summary>
    public NewOptout OptOut(string msgId)
    {
        var message = Find(msgId);
        Optouts.Add(message.To, message.CountryIso, "link", _time.GetUtcNow(), message.CampaignId);
        Log.CustomerActed(_logger, message.To, "opted out", message.MsgId);
        return ReportOptout(message.To, message.CountryIso, "link", message.CampaignId, AccountUrl(message), message.MsgId,
            message.SendContext);
    }

    /// <summary>
    /// The account adds <paramref name="e164"/> to its opt-out list (as <c>POST /optouts</c> does): later sends are
    /// REJECTED and a <c>new_optout</c> item of type <c>admin</c> goes to the account webhook URL. Returns
    /// <see langword="false"/> when the number was already on the list.
    /// </summary>
    public bool AddOptout(string e164, string countryIso)
    {
        if (!Optouts.Add(e164, countryIso, "admin", _time.GetUtcNow()))
            return false;
        ReportOptout(e164, countryIso, "admin", null, _options.WebhookUrl, null, Activity.Current?.Context ?? default);
        return true;
    }

    private NewOptout ReportOptout(
        string e164, string countryIso, string type, string? campaignId, Uri? target, string? msgId, ActivityContext origin)
    {
        var optoutId = Random.NextString(3, Placeholders.Alphabet);
        var item = new NewOptout
        {
            HitId = Interlocked.Increment(ref _nextHitId),
            OptoutId = optoutId,
            OptoutUrl = type == "link" ? $"https://en.ax/o/{optoutId}/{Random.NextString(3, Placeholders.Alphabet)}" : $"https://en.ax/o/{optoutId}",
            OptoutType = type,
            CountryIso = countryIso,
            Datetime = Now(),
            PhoneNumber = e164,
            CampaignId = campaignId,
            GroupId = null,
        };
        var summary = new JournalItem(null, null, item.HitId, e164, msgId);
        Send(target, WebhookEvents.NewOptout, msgId ?? e164, item, SmsCxJson.Context.NewOptout, summary, origin);
        return item;
    }

    /// <summary>Drops outcome overrides that no send has consumed yet.</summary>
    public void ClearPendingOutcomes() => _overrides.Clear();

    /// <summary>Forgets messages, overrides, opt-outs and the journal; cancels running lifecycles.</summary>
    public void Reset()
    {
        foreach (var lifecycle in _lifecycles.Values)
            lifecycle.Cancel();
        Messages.Clear();
        _overrides.Clear();
        Optouts.Clear();
        Journal.Clear();
        Changed();
    }

    /// <summary>Cancels every lifecycle and waits for them to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
            return;
        await _stopping.CancelAsync();
        await Task.WhenAll(_lifecycles.Values.Select(l => l.Completion));
        _stopping.Dispose();
    }

    private MockMessage Find(string msgId) =>
        Messages.TryGet(msgId, out var message)
            ? message
            : throw new KeyNotFoundException($"The mock has no message {msgId}.");

    private void StartLifecycle(MockMessage message, Func<CancellationToken, Task> run)
    {
        var lifecycle = new Lifecycle(_stopping.Token);
        if (_lifecycles.TryRemove(message.MsgId, out var previous))
            previous.Cancel();
        _lifecycles[message.MsgId] = lifecycle;
        lifecycle.Completion = DetachedWork.Start(() => GuardAsync(message, lifecycle, run));
    }

    private async Task GuardAsync(MockMessage message, Lifecycle lifecycle, Func<CancellationToken, Task> run)
    {
        // The lifecycle outlives the send request: it must not keep the request's activity alive or current.
        if (Activity.Current is not null)
            Activity.Current = null;
        try
        {
            // Runs synchronously up to its first delay, so the first timer exists when the send answer leaves.
            await run(lifecycle.Token);
        }
        catch (OperationCanceledException) when (lifecycle.Token.IsCancellationRequested)
        {
            // Replaced by an override, reset, or shutting down.
        }
        catch (Exception ex)
        {
            Log.LifecycleFailed(_logger, message.MsgId, ex);
        }
        finally
        {
            _lifecycles.TryRemove(new KeyValuePair<string, Lifecycle>(message.MsgId, lifecycle));
            lifecycle.Dispose();
        }
    }

    private async Task RunPlanAsync(MockMessage message, OutcomePlan plan, CancellationToken token)
    {
        if (message.ScheduledAt is { } at)
        {
            // Task.Delay takes at most about 49 days; a send scheduled later waits in steps.
            while (at - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
                await Task.Delay(wait < s_longestDelay ? wait : s_longestDelay, _time, token);

            // Leaving the schedule is not reported by webhook; it only ends the time a delete is allowed.
            message.Apply(new StatusChange(MessageStatus.Accepted, null, _time.GetUtcNow()));
            Changed();
        }

        await Task.Delay(_options.SentDelay, _time, token);
        if (plan.ReportSent)
            ChangeStatus(message, MessageStatus.Sent, null);
        if (plan.Final is not { } final)
            return;

        await Task.Delay(plan.FinalDelay ?? _options.DeliveryDelay, _time, token);
        ChangeStatus(message, final, final == MessageStatus.Failed ? plan.ErrorCode ?? 1 : null);
        if (plan.Then is not { } action || final != MessageStatus.Delivered)
            return;

        await Task.Delay(_options.CustomerDelay, _time, token);
        Perform(message.MsgId, action);
    }

    private void Perform(string msgId, CustomerAction action)
    {
        switch (action.Kind)
        {
            case CustomerActionKind.Reply:
                Reply(msgId, action.Text ?? string.Empty);
                break;
            case CustomerActionKind.Click:
                Click(msgId);
                break;
            default:
                OptOut(msgId);
                break;
        }
    }

    private async Task RunOverrideAsync(
        MockMessage message, MessageStatus status, int? errorCode, TimeSpan after, CancellationToken token)
    {
        await Task.Delay(after, _time, token);
        if (message.Status != MessageStatus.Sent)
            ChangeStatus(message, MessageStatus.Sent, null);
        if (status != MessageStatus.Sent)
            ChangeStatus(message, status, status == MessageStatus.Failed ? errorCode ?? 1 : null);
    }

    // Reports through the batching dispatcher; the returned task of the core is then always complete.
    private void ChangeStatus(MockMessage message, MessageStatus status, int? errorCode) =>
        _ = ChangeStatus(message, status, errorCode, immediately: false);

    private Task ChangeStatus(MockMessage message, MessageStatus status, int? errorCode, bool immediately)
    {
        var at = _time.GetUtcNow();
        if (!message.Apply(new StatusChange(status, errorCode, at)))
            return Task.CompletedTask;
        Changed();

        CountFinal(status);
        var wireName = MessageStatusTable.WireName(status);
        using (var span = StatusTelemetry.Start(message, wireName, errorCode))
            Log.StatusChanged(_logger, message.MsgId, message.To, wireName);
        var item = new DlrUpdate
        {
            CampaignId = message.CampaignId,
            MsgId = message.MsgId,
            StatusCode = MessageStatusTable.CodeOf(status),
            Status = status,
            ErrorCode = errorCode,
            Datetime = SmsCxTime.Format(at),
            TrackData = message.TrackData,
        };
        var summary = new JournalItem(message.MsgId, wireName, null, message.To);
        var target = message.CallbackUrl ?? _options.WebhookUrl;
        if (immediately && target is not null)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(item, SmsCxJson.Context.DlrUpdate);
            return _dispatcher.DeliverNowAsync(target, WebhookEvents.DlrUpdate, Item(json, summary, message.SendContext));
        }

        Send(target, WebhookEvents.DlrUpdate, message.MsgId, item, SmsCxJson.Context.DlrUpdate, summary, message.SendContext);
        return Task.CompletedTask;
    }

    private void Send<T>(
        Uri? target,
        string eventName,
        string subject,
        T item,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo,
        JournalItem summary,
        ActivityContext origin)
    {
        if (target is null)
        {
            // The first one is a warning, since it is usually a forgotten setting; the rest would only repeat it.
            if (Interlocked.Exchange(ref _warnedNoWebhookUrl, 1) == 0)
                Log.NoWebhookUrlFirst(_logger, eventName, subject);
            else
                Log.NoWebhookUrl(_logger, eventName, subject);
            return;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(item, typeInfo);
        _dispatcher.Enqueue(target, eventName, Item(json, summary, origin));
    }

    private WebhookItem Item(byte[] json, JournalItem summary, ActivityContext origin) =>
        new(json, summary) { Origin = origin, MadeAt = _time.GetTimestamp() };

    private static void CountFinal(MessageStatus status)
    {
        if (MockTelemetry.MessageCounter.Enabled && MessageStatusTable.IsFinal(status))
        {
            MockTelemetry.MessageCounter.Add(1,
                new KeyValuePair<string, object?>(MockTelemetry.StatusTag, MessageStatusTable.WireName(status)));
        }
    }

    private void Changed() => Interlocked.Increment(ref _version);

    private Uri? AccountUrl(MockMessage message) => _options.WebhookUrl ?? message.CallbackUrl;

    private string Now() => SmsCxTime.Format(_time.GetUtcNow());

    private sealed class Lifecycle : IDisposable
    {
        private readonly CancellationTokenSource _cts;

        public Lifecycle(CancellationToken stopping)
        {
            _cts = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            Token = _cts.Token;
        }

        public CancellationToken Token { get; }

        public Task Completion { get; set; } = Task.CompletedTask;

        public void Cancel()
        {
            try
            {
                _cts.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already finished and disposed: nothing left to cancel.
            }
        }

        public void Dispose() => _cts.Dispose();
    }
}
