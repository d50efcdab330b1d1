using System.Data.Common;

namespace SmsCx.Receiver.Storage;

/// <summary>
/// Claims pending inbox rows and records failed attempts. A claim is a lease (a time until which the row is taken):
/// a conditional update that only one process or thread can win, so several receivers on one PostgreSQL database
/// never work on one row at once, and a row claimed by a process that died is taken up after the lease.
/// </summary>
internal sealed class InboxStore(ReceiverDatabase database, TimeProvider time)
{
    /// <summary>A row that failed this many times is left aside (still visible in the table) instead of retried forever.</summary>
    public const int MaxAttempts = 5;

    /// <summary>How long a claim holds; it must outlast the slowest side effect.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(2);

    /// <summary>Rows claimed at once; a page of side effects must finish within <see cref="LeaseTime"/>.</summary>
    public const int ClaimPageSize = 16;

    private readonly string _claimSql = $"""
        UPDATE inbox SET claimed_until = @until
        WHERE id IN (SELECT id FROM inbox WHERE id > @after AND done_at IS NULL AND attempts < @max
                AND (claimed_until IS NULL OR claimed_until < @now)
            ORDER BY id LIMIT @page{database.SkipLockedClause})
            AND done_at IS NULL AND (claimed_until IS NULL OR claimed_until < @now)
        RETURNING id, kind, ref;
        """;

    /// <summary>
    /// Claims the oldest pending, unclaimed rows after <paramref name="afterId"/>, at most <see cref="ClaimPageSize"/>,
    /// for <see cref="LeaseTime"/>, and returns them in the order they were written. Rows another worker holds are
    /// skipped (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>, and the outer condition is checked again after any wait).
    /// </summary>
    public Task<IReadOnlyList<InboxRow>> ClaimPendingAsync(long afterId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return database.WriteAsync<IReadOnlyList<InboxRow>>((connection, transaction) =>
        {
            using var command = ReceiverDatabase.Command(connection, transaction, _claimSql,
                ("@after", afterId), ("@max", MaxAttempts), ("@now", DbTime.Write(now)),
                ("@until", DbTime.Write(now + LeaseTime)), ("@page", ClaimPageSize));
            using var reader = command.ExecuteReader();
            var rows = new List<InboxRow>();
            while (reader.Read())
                rows.Add(new InboxRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));

            return [.. rows.OrderBy(row => row.Id)];
        }, ct);
    }

    /// <summary>Counts a failed attempt and releases the claim, so the next drain tries again.</summary>
    public Task MarkFailedAsync(long id, string error, CancellationToken ct) =>
        database.WriteAsync((connection, transaction) => ReceiverDatabase.Execute(connection, transaction,
            "UPDATE inbox SET attempts = attempts + 1, last_error = @error, claimed_until = NULL WHERE id = @id;",
            ("@id", id), ("@error", error)), ct);

    /// <summary>
    /// Marks a row done inside the transaction that applies its effect, so it is applied exactly once; false when
    /// it was done already, and then the caller must not apply the effect.
    /// </summary>
    public static bool TryMarkDone(DbConnection connection, DbTransaction transaction, long id, DateTimeOffset now) =>
        ReceiverDatabase.Execute(connection, transaction,
            "UPDATE inbox SET done_at = @now, claimed_until = NULL WHERE id = @id AND done_at IS NULL;",
            ("@id", id), ("@now", DbTime.Write(now))) == 1;
}
