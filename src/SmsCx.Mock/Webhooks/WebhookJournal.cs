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
        return numbered;
    }

    /// <summary>Snapshot of the entries, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Snapshot() => [.. _entries];

    /// <summary>Drops every entry.</summary>
    public void Clear() => _entries.Clear();
}
