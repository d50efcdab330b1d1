namespace SmsCx.Receiver.Storage;

/// <summary>
/// The receiver's tables in PostgreSQL, column for column those of <see cref="SqliteSchema"/>, so both share every
/// statement in <see cref="Sql"/>. Idempotent; several instances starting at once serialise on an advisory lock.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>
    /// Timestamps stay ISO 8601 text as in SQLite, so reading code is shared. Tables that SQLite orders by its implicit
    /// <c>rowid</c> get an identity column of that name, so the shared <c>ORDER BY rowid</c> means insertion order here
    /// too. De-duplication lives in the same unique keys as in SQLite.
    /// </summary>
    public const string Create = """
        SELECT pg_advisory_xact_lock(7424031);

        CREATE TABLE IF NOT EXISTS messages (
            rowid BIGINT GENERATED ALWAYS AS IDENTITY,
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
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            msg_id TEXT NOT NULL,
            status TEXT NOT NULL,
            status_code INTEGER NOT NULL,
            error_code INTEGER NULL,
            error_key TEXT NOT NULL,
            datetime TEXT NOT NULL,
            received_at TEXT NOT NULL,
            UNIQUE (msg_id, status, error_key));

        CREATE TABLE IF NOT EXISTS replies (
            rowid BIGINT GENERATED ALWAYS AS IDENTITY,
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
            hit_id BIGINT PRIMARY KEY,
            shortlink_id TEXT NULL,
            phone_number TEXT NULL,
            is_bot INTEGER NOT NULL,
            datetime TEXT NOT NULL,
            received_at TEXT NOT NULL,
            msg_id TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_clicks_msg ON clicks (msg_id);

        CREATE TABLE IF NOT EXISTS optout_events (
            hit_id BIGINT PRIMARY KEY,
            phone_number TEXT NOT NULL,
            optout_type TEXT NOT NULL,
            datetime TEXT NOT NULL,
            received_at TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS optouts (
            rowid BIGINT GENERATED ALWAYS AS IDENTITY,
            phone_number TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            datetime TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS appointments (
            rowid BIGINT GENERATED ALWAYS AS IDENTITY,
            id TEXT PRIMARY KEY,
            phone TEXT NOT NULL,
            at TEXT NOT NULL,
            status TEXT NOT NULL,
            reminder_msg_id TEXT NULL,
            created_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_appointments_phone ON appointments (phone);

        CREATE TABLE IF NOT EXISTS inbox (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind TEXT NOT NULL,
            ref TEXT NOT NULL,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NULL,
            done_at TEXT NULL,
            claimed_until TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_inbox_pending ON inbox (done_at, id);

        CREATE TABLE IF NOT EXISTS rejected_items (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            event TEXT NOT NULL,
            reason TEXT NOT NULL,
            raw TEXT NOT NULL,
            received_at TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS event_counter_shards (
            event TEXT NOT NULL,
            shard INTEGER NOT NULL,
            received BIGINT NOT NULL DEFAULT 0,
            duplicates BIGINT NOT NULL DEFAULT 0,
            rejected BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (event, shard));
        """;
}
