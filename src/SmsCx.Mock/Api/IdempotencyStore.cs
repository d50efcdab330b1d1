using System.Collections.Concurrent;

namespace SmsCx.Mock.Api;

/// <summary>
/// Remembers the answer of each successful send by credential and <c>idempotencyId</c> (MOCK CHOICE, the real
/// rules are not documented): a retry with the same body gets the first answer again, byte for byte, and sends
/// nothing; a retry with a different body is refused. Concurrent retries run the send once. Entries live for
/// <see cref="MockOptions.IdempotencyLifetime"/>; at most <see cref="Capacity"/> are kept. Thread-safe.
/// </summary>
public sealed class IdempotencyStore(MockOptions options, TimeProvider time)
{
    /// <summary>Most remembered ids; beyond it the oldest are forgotten.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="send"/> once per key, or replays its answer. Returns the answer and whether the
    /// stored answer belongs to a different body (a conflict; nothing was sent).
    /// </summary>
    public async Task<(StoredAnswer Answer, bool Conflict)> RunAsync(
        string key, string bodyHash, Func<Task<StoredAnswer>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var now = time.GetUtcNow();
        var fresh = new Entry(bodyHash, now + options.IdempotencyLifetime, new Lazy<Task<StoredAnswer>>(send));
        var entry = _entries.AddOrUpdate(key, fresh, (_, old) => old.ExpiresAt <= now ? fresh : old);
        if (entry.BodyHash != bodyHash)
            return (default!, true);

        var answer = await entry.Answer.Value;
        if (answer.Status != 200)
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        else if (_entries.Count > Capacity)
            Trim(now);
        return (answer, false);
    }

    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries.OrderBy(e => e.Value.ExpiresAt).Take(_entries.Count - Capacity + Capacity / 10))
        {
            if (entry.Answer.IsValueCreated && entry.Answer.Value.IsCompleted || entry.ExpiresAt <= now)
                _entries.TryRemove(key, out _);
        }
    }

    private sealed record Entry(string BodyHash, DateTimeOffset ExpiresAt, Lazy<Task<StoredAnswer>> Answer);
}

/// <summary>An answer kept for replay: status, body and the error's extra data, if any.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">UTF-8 JSON body.</param>
public sealed record StoredAnswer(int Status, byte[] Body);
