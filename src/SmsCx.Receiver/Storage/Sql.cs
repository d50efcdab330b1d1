namespace SmsCx.Receiver.Storage;

/// <summary>The statements the webhook and inbox writers run.</summary>
internal static class Sql
{
    public const string InsertRejected =
        "INSERT INTO rejected_items (event, reason, raw, received_at) VALUES ($event, $reason, $raw, $now);";

    public const string Count = """
        INSERT INTO event_counters (event, received, duplicates, rejected) VALUES ($event, $received, $dup, $rej)
        ON CONFLICT (event) DO UPDATE SET received = received + excluded.received,
            duplicates = duplicates + excluded.duplicates, rejected = rejected + excluded.rejected;
        """;

    public const string InsertReport = """
        INSERT OR IGNORE INTO dlr_reports (msg_id, status, status_code, error_code, error_key, datetime, received_at)
        VALUES ($id, $status, $code, $err, $errKey, $at, $now);
        """;

    /// <summary>A message's status only moves to a higher rank; equal or lower ranks keep the first final state.</summary>
    public const string UpsertMessageStatus = """
        INSERT INTO messages (msg_id, status, status_code, status_rank, error_code, updated_at)
        VALUES ($id, $status, $code, $rank, $err, $at)
        ON CONFLICT (msg_id) DO UPDATE SET status = excluded.status, status_code = excluded.status_code,
            status_rank = excluded.status_rank, error_code = excluded.error_code, updated_at = excluded.updated_at
        WHERE excluded.status_rank > messages.status_rank;
        """;

    /// <summary>The send answer fills in recipient and appointment; its status only wins by rank, as for reports.</summary>
    public const string UpsertSentMessage = """
        INSERT INTO messages (msg_id, to_number, status, status_code, status_rank, error_code, updated_at, appointment_id)
        VALUES ($id, $to, $status, $code, $rank, $err, $at, $appointment)
        ON CONFLICT (msg_id) DO UPDATE SET to_number = excluded.to_number, appointment_id = excluded.appointment_id,
            status = CASE WHEN excluded.status_rank > status_rank THEN excluded.status ELSE status END,
            status_code = CASE WHEN excluded.status_rank > status_rank THEN excluded.status_code ELSE status_code END,
            error_code = CASE WHEN excluded.status_rank > status_rank THEN excluded.error_code ELSE error_code END,
            status_rank = MAX(status_rank, excluded.status_rank);
        """;

    public const string InsertReply = """
        INSERT OR IGNORE INTO replies (msg_id, from_number, to_number, text, received_at, stored_at)
        VALUES ($id, $from, $to, $text, $at, $now);
        """;

    public const string InsertClick = """
        INSERT OR IGNORE INTO clicks (hit_id, shortlink_id, phone_number, is_bot, datetime, received_at)
        VALUES ($id, $link, $phone, $bot, $at, $now);
        """;

    public const string InsertOptoutEvent = """
        INSERT OR IGNORE INTO optout_events (hit_id, phone_number, optout_type, datetime, received_at)
        VALUES ($id, $phone, $type, $at, $now);
        """;

    public const string InsertOptout =
        "INSERT OR IGNORE INTO optouts (phone_number, source, datetime) VALUES ($phone, $source, $at);";

    public const string InsertInbox = "INSERT INTO inbox (kind, ref, created_at) VALUES ($kind, $ref, $now);";
}
