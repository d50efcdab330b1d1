using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace SmsCx.Mock.Webhooks;

/// <summary>
/// Sends webhook items the way the real service is described to: items of one endpoint and event are batched
/// within <see cref="WebhookOptions.BatchWindow"/> into <c>{ "event", "data": [...] }</c> requests of at most
/// <see cref="WebhookOptions.MaxBatchSize"/> items; only HTTP 200 counts as success; anything else, a timeout or
/// a refused connection is retried after each of <see cref="WebhookOptions.RetryDelays"/>, then given up. Every
/// attempt is journaled. All waiting runs on the injected <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
public sealed class WebhookDispatcher : IAsyncDisposable
{
    private readonly WebhookOptions _options;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly WebhookJournal _journal;
    private readonly ILogger _logger;
    private readonly Func<string> _newBatchId;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Endpoint, string Event), PendingBatch> _pending = [];
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _endpointSlots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Creates a dispatcher; <paramref name="newBatchId"/> names batches (seeded ids make runs repeatable).</summary>
    public WebhookDispatcher(
        WebhookOptions options,
        HttpClient http,
        TimeProvider time,
        WebhookJournal journal,
        ILogger<WebhookDispatcher> logger,
        Func<string> newBatchId)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _journal = journal ?? throw new ArgumentNullException(nameof(journal));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _newBatchId = newBatchId ?? throw new ArgumentNullException(nameof(newBatchId));
    }

    /// <summary>Number of batches waiting for their window or being delivered, retries included.</summary>
    public int PendingWork => _inFlight.Count;

    /// <summary>
    /// Queues one item for <paramref name="endpoint"/>. Returns at once; delivery happens in the background.
    /// Throws <see cref="ObjectDisposedException"/> after disposal.
    /// </summary>
    public void Enqueue(Uri endpoint, string eventName, WebhookItem item)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        ArgumentNullException.ThrowIfNull(item);
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);

        var key = (endpoint.AbsoluteUri, eventName);
        PendingBatch? full = null;
        bool opened;
        PendingBatch batch;
        lock (_gate)
        {
            opened = !_pending.TryGetValue(key, out batch!);
            if (opened)
            {
                batch = new PendingBatch(endpoint, eventName);
                _pending[key] = batch;
            }

            batch.Items.Add(item);
            if (batch.Items.Count >= _options.MaxBatchSize)
            {
                _pending.Remove(key);
                full = batch;
            }
        }

        if (full is not null)
            Track(DeliverAsync(full));
        else if (opened)
            Track(FlushAfterWindowAsync(key, batch));
    }

    /// <summary>Stops scheduling, cancels waits and retries, and waits for requests in flight to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
            return;

        await _stopping.CancelAsync();
        await Task.WhenAll(_inFlight.Keys);
        _stopping.Dispose();
        foreach (var slot in _endpointSlots.Values)
            slot.Dispose();
    }

    private void Track(Task work)
    {
        _inFlight[work] = 0;
        work.ContinueWith(done => _inFlight.TryRemove(done, out _), TaskScheduler.Default);
    }

    private async Task FlushAfterWindowAsync((string, string) key, PendingBatch batch)
    {
        try
        {
            await Task.Delay(_options.BatchWindow, _time, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_gate)
        {
            // A batch that filled up meanwhile was already taken and sent.
            if (!_pending.TryGetValue(key, out var current) || !ReferenceEquals(current, batch))
                return;
            _pending.Remove(key);
        }

        await DeliverAsync(batch);
    }

    private async Task DeliverAsync(PendingBatch batch)
    {
        try
        {
            var body = WebhookBody.Build(batch.Event, batch.Items);
            var batchId = _newBatchId();
            var endpoint = EndpointMask.Mask(batch.Endpoint);
            for (var attempt = 1; ; attempt++)
            {
                var entry = await AttemptAsync(batch, body, batchId, endpoint, attempt);
                if (entry.Outcome != AttemptOutcome.WillRetry)
                    return;
                await Task.Delay(_options.RetryDelays[attempt - 1], _time, _stopping.Token);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: pending retries are dropped on purpose.
        }
        catch (Exception ex)
        {
            Log.Unexpected(_logger, ex);
        }
    }

    private async Task<JournalEntry> AttemptAsync(
        PendingBatch batch, byte[] body, string batchId, string endpoint, int attempt)
    {
        var slot = _endpointSlots.GetOrAdd(
            batch.Endpoint.GetLeftPart(UriPartial.Authority),
            _ => new SemaphoreSlim(_options.MaxConcurrencyPerEndpoint));
        await slot.WaitAsync(_stopping.Token);
        var startedAt = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        int? status = null;
        string? failure = null;
        try
        {
            status = await PostAsync(batch.Endpoint, body);
            if (status != 200)
                failure = $"HTTP {status}";
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            failure = $"no answer within {_options.Timeout}";
        }
        catch (HttpRequestException ex)
        {
            failure = ex.HttpRequestError.ToString();
        }
        finally
        {
            slot.Release();
        }

        var latency = _time.GetElapsedTime(started);
        var outcome = failure is null ? AttemptOutcome.Acknowledged
            : attempt <= _options.RetryDelays.Count ? AttemptOutcome.WillRetry
            : AttemptOutcome.GaveUp;
        var entry = _journal.Record(new JournalEntry
        {
            BatchId = batchId,
            Endpoint = endpoint,
            Event = batch.Event,
            Attempt = attempt,
            Items = [.. batch.Items.Select(i => i.Summary)],
            StatusCode = status,
            Error = failure,
            StartedAt = startedAt,
            Latency = latency,
            Outcome = outcome,
            RequestBody = WebhookBody.ForJournal(body, _options.MaxJournaledBodyChars),
        });
        LogAttempt(entry, batch.Items.Count);
        return entry;
    }

    private async Task<int> PostAsync(Uri endpoint, byte[] body)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _stopping.Token);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
        return (int)response.StatusCode;
    }

    private void LogAttempt(JournalEntry entry, int itemCount)
    {
        switch (entry.Outcome)
        {
            case AttemptOutcome.Acknowledged:
                Log.Acknowledged(_logger, entry.Event, entry.BatchId, itemCount, entry.Endpoint, entry.Attempt,
                    entry.Latency.TotalMilliseconds);
                break;
            case AttemptOutcome.WillRetry:
                Log.WillRetry(_logger, entry.Event, entry.BatchId, entry.Endpoint, entry.Attempt, entry.Error!,
                    _options.RetryDelays[entry.Attempt - 1]);
                break;
            default:
                Log.GaveUp(_logger, entry.Event, entry.BatchId, itemCount, entry.Endpoint, entry.Attempt, entry.Error!);
                break;
        }
    }

    private sealed class PendingBatch(Uri endpoint, string eventName)
    {
        public Uri Endpoint { get; } = endpoint;

        public string Event { get; } = eventName;

        public List<WebhookItem> Items { get; } = [];
    }
}
