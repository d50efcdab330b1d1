using System.Globalization;
using System.Data.Common;
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
        database.WriteAsync((connection, transaction) =>
            new Writer(connection, transaction, DbTime.Write(time.GetUtcNow())).Store(batch), ct);

    private const int CounterShards = 16;

    private sealed class Writer(DbConnection connection, DbTransaction transaction, string now)
    {
        private int _applied, _duplicates, _rejected, _inbox;

        public StoreResult Store(WebhookBatch batch)
        {
            foreach (var item in batch.Items)
            {
                if (item is RejectedItem bad)
                    SetAside(batch.Event, bad);
                else if (Apply(item))
                    _applied++;
                else
                    _duplicates++;
            }

            // Counters are spread over shards: one hot row per event would make every concurrent
            // transaction on PostgreSQL wait for the one before it to commit.
            Run(Sql.Count, ("@event", batch.Event), ("@shard", Random.Shared.Next(CounterShards)), ("@received", batch.Items.Count),
                ("@dup", _duplicates), ("@rej", _rejected));
            return new StoreResult(_applied, _duplicates, _rejected, _inbox);
        }

        private void SetAside(string eventName, RejectedItem item)
        {
            Run(Sql.InsertRejected, ("@event", eventName), ("@reason", item.Reason), ("@raw", item.Raw), ("@now", now));
            _rejected++;
        }

        /// <summary>Applies an item; false when it was seen before (the insert was ignored), which changes nothing.</summary>
        private bool Apply(WebhookItem item) => item switch
        {
            DlrItem dlr => ApplyDlr(dlr),
            ReplyItem reply => ApplyReply(reply),
            HitItem hit => ApplyHit(hit),
            OptoutItem optout => ApplyOptout(optout),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unexpected webhook item."),
        };

        private bool ApplyDlr(DlrItem dlr)
        {
            var at = DbTime.Write(dlr.Datetime);
            var status = MessageStatusTable.WireName(dlr.Status);
            var errorKey = dlr.ErrorCode is { } code ? Text(code) : string.Empty;
            if (Run(Sql.InsertReport, ("@id", dlr.MsgId), ("@status", status), ("@code", dlr.StatusCode),
                    ("@err", dlr.ErrorCode), ("@errKey", errorKey), ("@at", at), ("@now", now)) == 0)
                return false;

            Run(Sql.UpsertMessageStatus, ("@id", dlr.MsgId), ("@status", status), ("@code", dlr.StatusCode),
                ("@rank", MessageStatusTable.Rank(dlr.Status)), ("@err", dlr.ErrorCode), ("@at", at));
            return true;
        }

        private bool ApplyReply(ReplyItem reply) =>
            Run(Sql.InsertReply, ("@id", reply.MsgId), ("@from", reply.From), ("@to", reply.To),
                ("@text", reply.Text), ("@at", DbTime.Write(reply.ReceivedAt)), ("@now", now)) == 1
            && AddInbox(InboxKinds.Reply, reply.MsgId);

        private bool ApplyHit(HitItem hit) =>
            Run(Sql.InsertClick, ("@id", hit.HitId), ("@link", hit.ShortlinkId), ("@phone", hit.PhoneNumber),
                ("@bot", hit.IsBot ? 1 : 0), ("@at", DbTime.Write(hit.Datetime)), ("@now", now)) == 1
            && AddInbox(InboxKinds.Click, Text(hit.HitId));

        private bool ApplyOptout(OptoutItem optout) =>
            Run(Sql.InsertOptoutEvent, ("@id", optout.HitId), ("@phone", optout.PhoneNumber),
                ("@type", optout.OptoutType), ("@at", DbTime.Write(optout.Datetime)), ("@now", now)) == 1
            && AddInbox(InboxKinds.Optout, Text(optout.HitId));

        private bool AddInbox(string kind, string reference)
        {
            _inbox += Run(Sql.InsertInbox, ("@kind", kind), ("@ref", reference), ("@now", now));
            return true;
        }

        private int Run(string sql, params (string Name, object? Value)[] args) =>
            ReceiverDatabase.Execute(connection, transaction, sql, args);

        private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
