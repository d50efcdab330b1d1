using System.Collections.Concurrent;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// The messages the mock accepted, by id, bounded by <see cref="MockOptions.MaxMessages"/> (oldest forgotten
/// first). Thread-safe.
/// </summary>
public sealed class MessageStore
{
    private readonly ConcurrentDictionary<string, MockMessage> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly int _capacity;

    /// <summary>Creates a store that keeps at most <paramref name="capacity"/> messages.</summary>
    public MessageStore(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>Number of messages held.</summary>
    public int Count => _byId.Count;

    /// <summary>Adds a message, forgetting the oldest ones beyond capacity.</summary>
    public void Add(MockMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _byId[message.MsgId] = message;
        _order.Enqueue(message.MsgId);
        while (_byId.Count > _capacity && _order.TryDequeue(out var oldest))
            _byId.TryRemove(oldest, out _);
    }

    /// <summary>Forgets one message; returns <see langword="false"/> when it was not held.</summary>
    public bool Remove(string msgId) => _byId.TryRemove(msgId, out _);

    /// <summary>Finds a message by id.</summary>
    public bool TryGet(string msgId, out MockMessage message) => _byId.TryGetValue(msgId, out message!);

    /// <summary>Snapshot of all messages, oldest first.</summary>
    public IReadOnlyList<MockMessage> Snapshot() =>
        [.. _byId.Values.OrderBy(m => m.CreatedAt).ThenBy(m => m.MsgId, StringComparer.Ordinal)];

    /// <summary>
    /// The <paramref name="count"/> most recent messages, newest first (ties by id), without sorting the whole store.
    /// </summary>
    public IReadOnlyList<MockMessage> Newest(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. _byId.Values.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.MsgId, StringComparer.Ordinal).Take(count)];
    }

    /// <summary>The most recent message sent to <paramref name="e164"/>, or <see langword="null"/>.</summary>
    public MockMessage? LatestTo(string e164) =>
        _byId.Values.Where(m => m.To == e164).OrderByDescending(m => m.CreatedAt).FirstOrDefault();

    /// <summary>Forgets every message.</summary>
    public void Clear()
    {
        _byId.Clear();
        _order.Clear();
    }
}
