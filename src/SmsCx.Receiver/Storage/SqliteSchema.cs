namespace SmsCx.Receiver.Storage;

/// <summary>
/// The receiver's tables in SQLite. Every statement is idempotent, so start-up can run them on an existing file.
/// <see cref="PostgresSchema"/> holds the same tables in PostgreSQL types.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>
    /// De-duplication lives in the keys: <c>dlr_reports</c> is unique per msgId+status+errorCode
    /// (<c>error_key</c> is the code as text or empty, because SQLite treats NULLs as distinct in UNIQUE),
    /// <c>replies</c> per msgId, <c>clicks</c> and <c>optout_events</c> per hitId.
    /// </summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS messages (
            msg_id TEXT PRIMARY KEY,
            to_number TEXT NULL,
            status TEXT NOT NULL,
            status_code INTEGER NOT NULL,
            status_rank INTEGER NOT NULL,
            error_code INTEGER NULL,
            updated_at TEXT NOT NULL,
            appointment_id TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_messages_to ON messages (to_number);

        CREATE TABLE IF NOT EXISTS dlr_reports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            msg_id TEXT NOT NULL,
            status TEXT NOT NULL,
            status_code INTEGER NOT NULL,
            error_code INTEGER NULL,
            error_key TEXT NOT NULL,
            datetime TEXT NOT NULL,
            received_at TEXT NOT NULL,
            UNIQUE (msg_id, status, error_key));

        CREATE TABLE IF NOT EXISTS replies (
            msg_id TEXT PRIMARY KEY,
            from_number TEXT NOT NULL,
            to_number TEXT NULL,
            text TEXT NOT NULL,
            received_at TEXT NOT NULL,
            stored_at TEXT NOT NULL,
            intent TEXT NULL,
            appointment_id TEXT NULL,
            reply_to_msg_id TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_replies_appointment ON replies (appointment_id);

        CREATE TABLE IF NOT EXISTS clicks (
            hit_id INTEGER PRIMARY KEY,
            shortlink_id TEXT NULL,
            phone_number TEXT NULL,
            is_bot INTEGER NOT NULL,
            datetime TEXT NOT NULL,
            received_at TEXT NOT NULL,
            msg_id TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_clicks_msg ON clicks (msg_id);

        CREATE TABLE IF NOT EXISTS optout_events (
            hit_id INTEGER PRIMARY KEY,
            phone_number TEXT NOT NULL,
            optout_type TEXT NOT NULL,
            datetime TEXT NOT NULL,
            received_at TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS optouts (
            phone_number TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            datetime TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS appointments (
            id TEXT PRIMARY KEY,
            phone TEXT NOT NULL,
            at TEXT NOT NULL,
            status TEXT NOT NULL,
            reminder_msg_id TEXT NULL,
            created_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_appointments_phone ON appointments (phone);

        CREATE TABLE IF NOT EXISTS inbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            ref TEXT NOT NULL,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NULL,
            done_at TEXT NULL,
            claimed_until TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_inbox_pending ON inbox (done_at, id);

        CREATE TABLE IF NOT EXISTS rejected_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            event TEXT NOT NULL,
            reason TEXT NOT NULL,
            raw TEXT NOT NULL,
            received_at TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS event_counter_shards (
            event TEXT NOT NULL,
            shard INTEGER NOT NULL,
            received INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (event, shard));
        """;

    /// <summary>Files created before inbox leases existed lack the lease column; adding it keeps their rows.</summary>
    public const string HasLeaseColumn = "SELECT COUNT(*) FROM pragma_table_info('inbox') WHERE name = 'claimed_until';";

    /// <summary>Adds the lease column to an older file.</summary>
    public const string AddLeaseColumn = "ALTER TABLE inbox ADD COLUMN claimed_until TEXT NULL;";

    /// <summary>Releases every claim on pending inbox rows.</summary>
    public const string ReleaseClaims =
        "UPDATE inbox SET claimed_until = NULL WHERE done_at IS NULL AND claimed_until IS NOT NULL;";
}
