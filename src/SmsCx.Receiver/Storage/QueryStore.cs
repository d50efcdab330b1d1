using System.Data.Common;
using SmsCx.Receiver.Api;

namespace SmsCx.Receiver.Storage;

/// <summary>Reads the views of the query API. Each call opens its own connection; WAL lets it run beside writes.</summary>
internal sealed class QueryStore(ReceiverDatabase database)
{
    private const int MaxRejected = 500;

    // Each sub-query runs after the row's reader is closed: PostgreSQL allows one open reader per connection.
    public MessageView? FindMessage(string msgId)
    {
        using var connection = database.Open();
        var found = ReadAll(connection, """
            SELECT msg_id, to_number, status, status_code, error_code, updated_at, appointment_id
            FROM messages WHERE msg_id = @id;
            """, r => new MessageView(r.GetString(0), Text(r, 1), r.GetString(2), r.GetInt32(3), Int(r, 4),
                DbTime.Read(r.GetString(5)), Text(r, 6), [], new ClickCounts(0, 0), []), ("@id", msgId));
        if (found.Count == 0)
            return null;

        return found[0] with
        {
            History = History(connection, msgId),
            Clicks = Clicks(connection, "WHERE msg_id = @id", msgId),
            Replies = Replies(connection, "reply_to_msg_id", msgId),
        };
    }

    public AppointmentView? FindAppointment(string id)
    {
        using var connection = database.Open();
        var found = ReadAll(connection, "SELECT id, phone, at, status, reminder_msg_id FROM appointments WHERE id = @id;",
            r => new AppointmentView(r.GetString(0), r.GetString(1), DbTime.Read(r.GetString(2)), r.GetString(3),
                Text(r, 4), []), ("@id", id));
        return found.Count == 0 ? null : found[0] with { Replies = Replies(connection, "appointment_id", id) };
    }

    public OptoutList Optouts()
    {
        using var connection = database.Open();
        var data = ReadAll(connection, "SELECT phone_number, source, datetime FROM optouts ORDER BY datetime, rowid;",
            r => new OptoutView(r.GetString(0), r.GetString(1), DbTime.Read(r.GetString(2))));
        return new OptoutList(data.Count, data);
    }

    public RejectedList Rejected()
    {
        using var connection = database.Open();
        var total = Scalar(connection, "SELECT COUNT(*) FROM rejected_items;");
        var data = ReadAll(connection, $"""
            SELECT id, event, reason, raw, received_at FROM
                (SELECT * FROM rejected_items ORDER BY id DESC LIMIT {MaxRejected}) AS latest ORDER BY id;
            """, r => new RejectedView(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3),
                DbTime.Read(r.GetString(4))));
        return new RejectedList((int)total, data);
    }

    public StatsView Stats()
    {
        using var connection = database.Open();
        var events = ReadAll(connection, """
            SELECT event, CAST(SUM(received) AS BIGINT), CAST(SUM(duplicates) AS BIGINT), CAST(SUM(rejected) AS BIGINT)
            FROM event_counter_shards
            GROUP BY event ORDER BY event;
            """,
            r => (Event: r.GetString(0), Counts: new EventCounts(r.GetInt64(1), r.GetInt64(2), r.GetInt64(3))));
        return new StatsView(
            events.ToDictionary(e => e.Event, e => e.Counts),
            events.Sum(e => e.Counts.Received),
            events.Sum(e => e.Counts.Duplicates),
            events.Sum(e => e.Counts.Rejected),
            Clicks(connection, string.Empty, null),
            Scalar(connection, "SELECT COUNT(*) FROM optouts;"),
            Scalar(connection, "SELECT COUNT(*) FROM inbox WHERE done_at IS NULL;"));
    }

    private static List<HistoryEntry> History(DbConnection connection, string msgId) => ReadAll(connection, """
        SELECT status, status_code, error_code, datetime, received_at FROM dlr_reports WHERE msg_id = @id ORDER BY id;
        """, r => new HistoryEntry(r.GetString(0), r.GetInt32(1), Int(r, 2), DbTime.Read(r.GetString(3)),
            DbTime.Read(r.GetString(4))), ("@id", msgId));

    private static ClickCounts Clicks(DbConnection connection, string where, string? msgId) => ReadAll(connection,
        $"SELECT COUNT(*) FILTER (WHERE is_bot = 0), COUNT(*) FILTER (WHERE is_bot = 1) FROM clicks {where};",
        r => new ClickCounts(r.GetInt64(0), r.GetInt64(1)), ("@id", msgId))[0];

    private static List<ReplyView> Replies(DbConnection connection, string column, string key) => ReadAll(connection,
        $"SELECT text, intent, received_at FROM replies WHERE {column} = @key ORDER BY received_at, rowid;",
        r => new ReplyView(r.GetString(0), Text(r, 1), DbTime.Read(r.GetString(2))), ("@key", key));

    private static long Scalar(DbConnection connection, string sql)
    {
        using var command = ReceiverDatabase.Command(connection, null, sql);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<T> ReadAll<T>(DbConnection connection, string sql, Func<DbDataReader, T> map,
        params (string Name, object? Value)[] args)
    {
        using var command = ReceiverDatabase.Command(connection, null, sql, args);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));

        return rows;
    }

    private static string? Text(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static int? Int(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
