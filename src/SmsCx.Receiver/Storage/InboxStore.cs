using Microsoft.Data.Sqlite;

namespace SmsCx.Receiver.Storage;

/// <summary>Reads pending inbox rows and records failed attempts.</summary>
internal sealed class InboxStore(ReceiverDatabase database)
{
    /// <summary>A row that failed this many times is left aside (still visible in the table) instead of retried forever.</summary>
    public const int MaxAttempts = 5;

    private const int PageSize = 100;

    /// <summary>The oldest pending rows after <paramref name="afterId"/>, at most one page, in the order they were written.</summary>
    public IReadOnlyList<InboxRow> ReadPending(long afterId)
    {
        using var connection = database.Open();
        using var command = ReceiverDatabase.Command(connection, null,
            """
            SELECT id, kind, ref FROM inbox WHERE id > $after AND done_at IS NULL AND attempts < $max
            ORDER BY id LIMIT $page;
            """,
            ("$after", afterId), ("$max", MaxAttempts), ("$page", PageSize));
        using var reader = command.ExecuteReader();
        var rows = new List<InboxRow>();
        while (reader.Read())
            rows.Add(new InboxRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));

        return rows;
    }

    public Task MarkFailedAsync(long id, string error, CancellationToken ct) =>
        database.WriteAsync((connection, transaction) => ReceiverDatabase.Execute(connection, transaction,
            "UPDATE inbox SET attempts = attempts + 1, last_error = $error WHERE id = $id;",
            ("$id", id), ("$error", error)), ct);

    /// <summary>Marks a row done inside the transaction that applied its effect, so it is applied exactly once.</summary>
    public static void MarkDone(SqliteConnection connection, SqliteTransaction transaction, long id, DateTimeOffset now) =>
        ReceiverDatabase.Execute(connection, transaction, "UPDATE inbox SET done_at = $now WHERE id = $id;",
            ("$id", id), ("$now", DbTime.Write(now)));
}
