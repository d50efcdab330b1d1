using System.Collections.Concurrent;

namespace SmsCx.Mock.Webhooks;

/// <summary>
/// Every webhook attempt, newest last, bounded by <see cref="WebhookOptions.MaxJournalEntries"/> (oldest dropped
/// first). Thread-safe; readers get snapshots.
/// </summary>
public sealed class WebhookJournal
{
    private readonly ConcurrentQueue<JournalEntry> _entries = new();
    private readonly int _capacity;
    private long _sequence;
    private long _version;

    /// <summary>Creates a journal that keeps at most <paramref name="capacity"/> entries.</summary>
    public WebhookJournal(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>Adds an entry, giving it the next sequence number.</summary>
    public JournalEntry Record(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var numbered = entry with { Sequence = Interlocked.Increment(ref _sequence) };
        _entries.Enqueue(numbered);
        while (_entries.Count > _capacity)
            _entries.TryDequeue(out _);
        Interlocked.Increment(ref _version);
        return numbered;
    }

    /// <summary>
    /// Grows with every change (an entry recorded, the journal cleared) and never shrinks: two equal reads mean
    /// nothing changed in between. Bumped after the change, so a snapshot taken after reading it is at least as new.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Snapshot of the entries, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Snapshot() => [.. _entries];

    /// <summary>
    /// Attempts of <paramref name="eventName"/> carrying an item that matches every given filter (status wire name,
    /// message id of the item or of the message it concerns), oldest first.
    /// </summary>
    public IReadOnlyList<JournalEntry> Find(string eventName, string? status = null, string? msgId = null) =>
    [
        .. _entries.Where(e => e.Event == eventName && e.Items.Any(i =>
            (status is null || i.Status == status) && (msgId is null || i.MsgId == msgId || i.RelatedMsgId == msgId))),
    ];

    /// <summary>
    /// True when at least one matching batch exists and every batch with a matching item was acknowledged (HTTP 200)
    /// with a latency of at most <paramref name="latency"/>: "the receiver acknowledged every DELIVERED within 200 ms".
    /// </summary>
    public bool AllAcknowledgedWithin(string eventName, string? status, TimeSpan latency)
    {
        var batches = Find(eventName, status).GroupBy(e => e.BatchId).ToList();
        return batches.Count > 0 && batches.All(b =>
            b.Any(e => e.Outcome == AttemptOutcome.Acknowledged && e.Latency <= latency));
    }

    /// <summary>Drops every entry.</summary>
    public void Clear()
    {
        _entries.Clear();
        Interlocked.Increment(ref _version);
    }
}
