using System.Globalization;
using Microsoft.Data.Sqlite;
using SmsCx.Receiver.Storage;

namespace SmsCx.Receiver.Domain;

/// <summary>
/// Applies one inbox row and marks it done in the same transaction, so a crash between the two cannot apply
/// an effect twice or lose it.
/// </summary>
internal sealed class InboxProcessor(ReceiverDatabase database, TimeProvider time)
{
    public Task ApplyAsync(InboxRow row, CancellationToken ct) =>
        database.WriteAsync((connection, transaction) =>
        {
            var now = time.GetUtcNow();
            Apply(connection, transaction, row, now);
            InboxStore.MarkDone(connection, transaction, row.Id, now);
            return true;
        }, ct);

    private static void Apply(SqliteConnection connection, SqliteTransaction transaction, InboxRow row, DateTimeOffset now)
    {
        switch (row.Kind)
        {
            case InboxKinds.Reply:
                ReplyEffect.Apply(connection, transaction, row.Ref);
                break;
            case InboxKinds.Click:
                ReceiverDatabase.Execute(connection, transaction, LinkClick, ("$id", HitId(row)));
                break;
            case InboxKinds.Optout:
                ReceiverDatabase.Execute(connection, transaction, AddOptout, ("$id", HitId(row)));
                break;
            default:
                throw new InvalidOperationException($"Unknown inbox kind '{row.Kind}' in row {row.Id}.");
        }
    }

    private static long HitId(InboxRow row) => long.Parse(row.Ref, CultureInfo.InvariantCulture);

    // A click is credited to the latest message sent to the number that clicked.
    private const string LinkClick = """
        UPDATE clicks SET msg_id = (SELECT m.msg_id FROM messages m
            WHERE m.to_number = clicks.phone_number ORDER BY m.rowid DESC LIMIT 1)
        WHERE hit_id = $id AND phone_number IS NOT NULL;
        """;

    private const string AddOptout = """
        INSERT OR IGNORE INTO optouts (phone_number, source, datetime)
        SELECT phone_number, optout_type, datetime FROM optout_events WHERE hit_id = $id;
        """;
}
