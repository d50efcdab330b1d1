namespace SmsCx.Receiver.Storage;

/// <summary>
/// The statements the webhook and inbox writers run, in the SQL that SQLite and PostgreSQL share: named
/// <c>@parameters</c>, <c>ON CONFLICT</c> upserts, and column references qualified where PostgreSQL needs it.
/// </summary>
internal static class Sql
{
    public const string InsertRejected =
        "INSERT INTO rejected_items (event, reason, raw, received_at) VALUES (@event, @reason, @raw, @now);";

    public const string Count = """
        INSERT INTO event_counter_shards (event, shard, received, duplicates, rejected) VALUES (@event, @shard, @received, @dup, @rej)
        ON CONFLICT (event, shard) DO UPDATE SET received = event_counter_shards.received + excluded.received,
            duplicates = event_counter_shards.duplicates + excluded.duplicates,
            rejected = event_counter_shards.rejected + excluded.rejected;
        """;

    public const string InsertReport = """
        INSERT INTO dlr_reports (msg_id, status, status_code, error_code, error_key, datetime, received_at)
        VALUES (@id, @status, @code, @err, @errKey, @at, @now) ON CONFLICT DO NOTHING;
        """;

    /// <summary>A message's status only moves to a higher rank; equal or lower ranks keep the first final state.</summary>
    public const string UpsertMessageStatus = """
        INSERT INTO messages (msg_id, status, status_code, status_rank, error_code, updated_at)
        VALUES (@id, @status, @code, @rank, @err, @at)
        ON CONFLICT (msg_id) DO UPDATE SET status = excluded.status, status_code = excluded.status_code,
            status_rank = excluded.status_rank, error_code = excluded.error_code, updated_at = excluded.updated_at
        WHERE excluded.status_rank > messages.status_rank;
        """;

    /// <summary>The send answer fills in recipient and appointment; its status only wins by rank, as for reports.</summary>
    public const string UpsertSentMessage = """
        INSERT INTO messages (msg_id, to_number, status, status_code, status_rank, error_code, updated_at, appointment_id)
        VALUES (@id, @to, @status, @code, @rank, @err, @at, @appointment)
        ON CONFLICT (msg_id) DO UPDATE SET to_number = excluded.to_number, appointment_id = excluded.appointment_id,
            status = CASE WHEN excluded.status_rank > messages.status_rank
                THEN excluded.status ELSE messages.status END,
            status_code = CASE WHEN excluded.status_rank > messages.status_rank
                THEN excluded.status_code ELSE messages.status_code END,
            error_code = CASE WHEN excluded.status_rank > messages.status_rank
                THEN excluded.error_code ELSE messages.error_code END,
            status_rank = CASE WHEN excluded.status_rank > messages.status_rank
                THEN excluded.status_rank ELSE messages.status_rank END;
        """;

    public const string InsertReply = """
        INSERT INTO replies (msg_id, from_number, to_number, text, received_at, stored_at)
        VALUES (@id, @from, @to, @text, @at, @now) ON CONFLICT DO NOTHING;
        """;

    public const string InsertClick = """
        INSERT INTO clicks (hit_id, shortlink_id, phone_number, is_bot, datetime, received_at)
        VALUES (@id, @link, @phone, @bot, @at, @now) ON CONFLICT DO NOTHING;
        """;

    public const string InsertOptoutEvent = """
        INSERT INTO optout_events (hit_id, phone_number, optout_type, datetime, received_at)
        VALUES (@id, @phone, @type, @at, @now) ON CONFLICT DO NOTHING;
        """;

    public const string InsertOptout = """
        INSERT INTO optouts (phone_number, source, datetime) VALUES (@phone, @source, @at) ON CONFLICT DO NOTHING;
        """;

    public const string InsertInbox = "INSERT INTO inbox (kind, ref, created_at) VALUES (@kind, @ref, @now);";

    public const string InsertAppointment = """
        INSERT INTO appointments (id, phone, at, status, created_at) VALUES (@id, @phone, @at, @status, @now)
        ON CONFLICT DO NOTHING;
        """;

    // A click is credited to the latest message sent to the number that clicked.
    public const string LinkClick = """
        UPDATE clicks SET msg_id = (SELECT m.msg_id FROM messages m
            WHERE m.to_number = clicks.phone_number ORDER BY m.rowid DESC LIMIT 1)
        WHERE hit_id = @id AND phone_number IS NOT NULL;
        """;

    // The WHERE clause also keeps SQLite from reading ON CONFLICT as part of the SELECT.
    public const string AddOptoutFromEvent = """
        INSERT INTO optouts (phone_number, source, datetime)
        SELECT phone_number, optout_type, datetime FROM optout_events WHERE hit_id = @id
        ON CONFLICT DO NOTHING;
        """;
}
