using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Webhooks;

/// <summary>
/// Sends webhook items the way the real service is described to: items of one endpoint and event are batched
/// within <see cref="WebhookOptions.BatchWindow"/> into <c>{ "event", "data": [...] }</c> requests of at most
/// <see cref="WebhookOptions.MaxBatchSize"/> items; only HTTP 200 counts as success; anything else, a timeout or
/// a refused connection is retried after each of <see cref="WebhookOptions.RetryDelays"/>, then given up. Every
/// attempt is journaled. Optionally signs requests (<see cref="WebhookOptions.SigningSecret"/>) and injects the
/// faults of <see cref="WebhookOptions.Chaos"/>. All waiting runs on the injected <see cref="TimeProvider"/>.
/// Thread-safe.
/// </summary>
public sealed class WebhookDispatcher : IAsyncDisposable
{
    private readonly WebhookOptions _options;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly WebhookJournal _journal;
    private readonly ILogger _logger;
    private readonly SeededRandom _random;
    private readonly byte[]? _signingKey;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Endpoint, string Event), PendingBatch> _pending = [];
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _endpointSlots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>
    /// Creates a dispatcher; <paramref name="random"/> names batches and makes the chaos choices, so a seeded
    /// run repeats itself.
    /// </summary>
    public WebhookDispatcher(
        WebhookOptions options,
        HttpClient http,
        TimeProvider time,
        WebhookJournal journal,
        ILogger<WebhookDispatcher> logger,
        SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _journal = journal ?? throw new ArgumentNullException(nameof(journal));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _signingKey = WebhookSigner.KeyOf(options.SigningSecret);
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
            Track(DetachedWork.Start(() => DeliverAsync(full)));
        else if (opened)
            Track(DetachedWork.Start(() => FlushAfterWindowAsync(key, batch)));
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
        AttemptTelemetry.Pending(1);
        work.ContinueWith(done =>
        {
            _inFlight.TryRemove(done, out _);
            AttemptTelemetry.Pending(-1);
        }, TaskScheduler.Default);
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
            await Task.WhenAll(Split(batch).Select(DeliverOneAsync));
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

    /// <summary>
    /// Sends <paramref name="item"/> in a request of its own at once, without waiting for a batch window, and
    /// completes when its first attempt has ended (used to deliver a report before the send's answer).
    /// </summary>
    public Task DeliverNowAsync(Uri endpoint, string eventName, WebhookItem item)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var batch = new PendingBatch(endpoint, eventName) { Chaos = "early" };
        batch.Items.Add(item);
        var firstAttempt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        batch.FirstAttempt = firstAttempt;
        Track(DeliverAsync(batch));
        return firstAttempt.Task;
    }

    private IEnumerable<PendingBatch> Split(PendingBatch batch)
    {
        var chaos = _options.Chaos;
        if (batch.Items.Count < 2 || !_random.Chance(chaos.SplitRate))
            return [batch];

        var cut = 1 + _random.Next(batch.Items.Count - 1);
        var first = new PendingBatch(batch.Endpoint, batch.Event) { Chaos = $"split 1/2 at {cut}" };
        var second = new PendingBatch(batch.Endpoint, batch.Event) { Chaos = $"split 2/2 at {cut}" };
        first.Items.AddRange(batch.Items.Take(cut));
        second.Items.AddRange(batch.Items.Skip(cut));
        return [first, second];
    }

    private async Task DeliverOneAsync(PendingBatch batch)
    {
        var chaos = _options.Chaos;
        var hold = chaos.MaxJitter > TimeSpan.Zero ? chaos.MaxJitter * (_random.Next(1001) / 1000.0) : TimeSpan.Zero;
        if (_random.Chance(chaos.ReorderRate))
        {
            hold += chaos.ReorderDelay;
            batch.Chaos = Append(batch.Chaos, $"held back {chaos.ReorderDelay}");
        }

        if (hold > TimeSpan.Zero)
            await Task.Delay(hold, _time, _stopping.Token);

        var body = WebhookBody.Build(batch.Event, batch.Items);
        var batchId = _random.NewId();
        var endpoint = EndpointMask.Mask(batch.Endpoint);
        await RunAttemptsAsync(batch, body, batchId, endpoint);
        if (_random.Chance(chaos.DuplicateRate))
        {
            batch.Chaos = Append(batch.Chaos, "duplicate");
            await RunAttemptsAsync(batch, body, batchId, endpoint);
        }
    }

    private async Task RunAttemptsAsync(PendingBatch batch, byte[] body, string batchId, string endpoint)
    {
        for (var attempt = 1; ; attempt++)
        {
            var entry = await AttemptAsync(batch, body, batchId, endpoint, attempt);
            batch.FirstAttempt?.TrySetResult();
            if (entry.Outcome != AttemptOutcome.WillRetry)
                return;
            await Task.Delay(_options.RetryDelays[attempt - 1], _time, _stopping.Token);
        }
    }

    private static string Append(string? chaos, string more) => chaos is null ? more : $"{chaos}, {more}";

    private async Task<JournalEntry> AttemptAsync(
        PendingBatch batch, byte[] body, string batchId, string endpoint, int attempt)
    {
        var slot = _endpointSlots.GetOrAdd(
            batch.Endpoint.GetLeftPart(UriPartial.Authority),
            _ => new SemaphoreSlim(_options.MaxConcurrencyPerEndpoint));
        await slot.WaitAsync(_stopping.Token);
        // Current while the request is sent, so the request carries its traceparent.
        using var activity = AttemptTelemetry.Start(batch.Event, batch.Items, endpoint, attempt);
        var startedAt = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        int? status = null;
        string? failure = null;
        string? failureKind = null;
        try
        {
            status = await PostAsync(batch.Endpoint, body, batchId);
            if (status != 200)
                (failure, failureKind) = ($"HTTP {status}", "http_status");
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            (failure, failureKind) = ($"no answer within {_options.Timeout}", "timeout");
        }
        catch (HttpRequestException ex)
        {
            failure = failureKind = ex.HttpRequestError.ToString();
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
            Chaos = batch.Chaos,
            RequestBody = WebhookBody.ForJournal(body, _options.MaxJournaledBodyChars),
        });
        LogAttempt(entry, batch.Items.Count);
        AttemptTelemetry.Record(activity, batch.Event, batch.Items, status, failureKind, outcome, latency, _time);
        return entry;
    }

    private async Task<int> PostAsync(Uri endpoint, byte[] body, string batchId)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _stopping.Token);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        if (_signingKey is not null)
        {
            var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.Add("webhook-id", batchId);
            request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("webhook-signature", WebhookSigner.Sign(_signingKey, batchId, timestamp, body));
        }

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

        /// <summary>Faults applied to this batch, for the journal; <see langword="null"/> when none.</summary>
        public string? Chaos { get; set; }

        /// <summary>Completed after the first attempt, for callers that wait for it.</summary>
        public TaskCompletionSource? FirstAttempt { get; set; }
    }
}
