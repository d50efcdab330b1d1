using System.Data.Common;

namespace SmsCx.Receiver.Storage;

/// <summary>
/// Reads pending inbox rows, claims them and records failed attempts. A claim is a lease (a time until which the row
/// is taken): a conditional update that only one process or thread can win, so several receivers on one PostgreSQL
/// database never work on one row at once, and a row claimed by a process that died is taken up after the lease.
/// </summary>
internal sealed class InboxStore(ReceiverDatabase database, TimeProvider time)
{
    /// <summary>A row that failed this many times is left aside (still visible in the table) instead of retried forever.</summary>
    public const int MaxAttempts = 5;

    /// <summary>How long a claim holds; it must outlast the slowest side effect.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(2);

    private const int PageSize = 100;

    /// <summary>
    /// The oldest pending, unclaimed rows after <paramref name="afterId"/>, at most one page, in the order they were
    /// written.
    /// </summary>
    public IReadOnlyList<InboxRow> ReadPending(long afterId)
    {
        using var connection = database.Open();
        using var command = ReceiverDatabase.Command(connection, null,
            """
            SELECT id, kind, ref FROM inbox WHERE id > @after AND done_at IS NULL AND attempts < @max
                AND (claimed_until IS NULL OR claimed_until < @now)
            ORDER BY id LIMIT @page;
            """,
            ("@after", afterId), ("@max", MaxAttempts), ("@now", Now()), ("@page", PageSize));
        using var reader = command.ExecuteReader();
        var rows = new List<InboxRow>();
        while (reader.Read())
            rows.Add(new InboxRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));

        return rows;
    }

    /// <summary>Takes the row for <see cref="LeaseTime"/>; false when it is done or another worker holds it.</summary>
    public Task<bool> TryClaimAsync(long id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return database.WriteAsync((connection, transaction) => ReceiverDatabase.Execute(connection, transaction, """
            UPDATE inbox SET claimed_until = @until
            WHERE id = @id AND done_at IS NULL AND (claimed_until IS NULL OR claimed_until < @now);
            """, ("@id", id), ("@until", DbTime.Write(now + LeaseTime)), ("@now", DbTime.Write(now))) == 1, ct);
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

    private string Now() => DbTime.Write(time.GetUtcNow());
}
