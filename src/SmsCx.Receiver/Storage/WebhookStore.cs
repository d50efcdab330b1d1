using System.Globalization;
using Microsoft.Data.Sqlite;
using SmsCx.Contracts;
using SmsCx.Receiver.Webhooks;

namespace SmsCx.Receiver.Storage;

/// <summary>
/// Writes a parsed webhook batch in one transaction: idempotent by the tables' unique keys, monotonic status,
/// rejected items set aside, and an inbox row for every new item that has a side effect.
/// </summary>
internal sealed class WebhookStore(ReceiverDatabase database, TimeProvider time)
{
    public Task<StoreResult> StoreAsync(WebhookBatch batch, CancellationToken ct) =>
        database.WriteAsync((connection, transaction) => Store(new Writer(connection, transaction), batch), ct);

    private StoreResult Store(Writer writer, WebhookBatch batch)
    {
        var now = DbTime.Write(time.GetUtcNow());
        int applied = 0, duplicates = 0, rejected = 0, inbox = 0;
        foreach (var item in batch.Items)
        {
            if (item is RejectedItem bad)
            {
                writer.Run(Sql.InsertRejected, ("$event", batch.Event), ("$reason", bad.Reason), ("$raw", bad.Raw), ("$now", now));
                rejected++;
            }
            else if (Apply(writer, item, now) is { } inboxRow)
            {
                applied++;
                inbox += writer.AddInbox(inboxRow, now);
            }
            else
            {
                duplicates++;
            }
        }

        writer.Run(Sql.Count, ("$event", batch.Event), ("$received", batch.Items.Count), ("$dup", duplicates), ("$rej", rejected));
        return new StoreResult(applied, duplicates, rejected, inbox);
    }

    /// <summary>Applies a new item and returns its inbox row (kind, ref), an empty kind for none, or null if already seen.</summary>
    private static (string Kind, string Ref)? Apply(Writer writer, WebhookItem item, string now) => item switch
    {
        DlrItem dlr => ApplyDlr(writer, dlr, now),
        ReplyItem reply => writer.Run(Sql.InsertReply, ("$id", reply.MsgId), ("$from", reply.From), ("$to", reply.To),
            ("$text", reply.Text), ("$at", DbTime.Write(reply.ReceivedAt)), ("$now", now)) == 1
            ? (InboxKinds.Reply, reply.MsgId) : null,
        HitItem hit => writer.Run(Sql.InsertClick, ("$id", hit.HitId), ("$link", hit.ShortlinkId), ("$phone", hit.PhoneNumber),
            ("$bot", hit.IsBot ? 1 : 0), ("$at", DbTime.Write(hit.Datetime)), ("$now", now)) == 1
            ? (InboxKinds.Click, Text(hit.HitId)) : null,
        OptoutItem optout => writer.Run(Sql.InsertOptoutEvent, ("$id", optout.HitId), ("$phone", optout.PhoneNumber),
            ("$type", optout.OptoutType), ("$at", DbTime.Write(optout.Datetime)), ("$now", now)) == 1
            ? (InboxKinds.Optout, Text(optout.HitId)) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unexpected webhook item."),
    };

    private static (string Kind, string Ref)? ApplyDlr(Writer writer, DlrItem dlr, string now)
    {
        var at = DbTime.Write(dlr.Datetime);
        var status = MessageStatusTable.WireName(dlr.Status);
        var inserted = writer.Run(Sql.InsertReport, ("$id", dlr.MsgId), ("$status", status), ("$code", dlr.StatusCode),
            ("$err", dlr.ErrorCode), ("$errKey", dlr.ErrorCode is { } e ? Text(e) : string.Empty), ("$at", at), ("$now", now));
        if (inserted == 0)
            return null;

        writer.Run(Sql.UpsertMessageStatus, ("$id", dlr.MsgId), ("$status", status), ("$code", dlr.StatusCode),
            ("$rank", MessageStatusTable.Rank(dlr.Status)), ("$err", dlr.ErrorCode), ("$at", at));
        return (string.Empty, string.Empty);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Writer(SqliteConnection connection, SqliteTransaction transaction)
    {
        public int Run(string sql, params (string Name, object? Value)[] args) =>
            ReceiverDatabase.Execute(connection, transaction, sql, args);

        public int AddInbox((string Kind, string Ref) row, string now) => row.Kind.Length == 0
            ? 0
            : Run(Sql.InsertInbox, ("$kind", row.Kind), ("$ref", row.Ref), ("$now", now));
    }
}
