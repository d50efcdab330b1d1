using System.Data.Common;
using System.Globalization;
using SmsCx.Receiver.Storage;

namespace SmsCx.Receiver.Domain;

/// <summary>
/// Applies one claimed inbox row: runs the downstream <see cref="IReceiverSideEffect"/>, then applies the
/// receiver's own effect and marks the row done in one transaction, so a crash between the two cannot apply the
/// database effect twice or lose it.
/// </summary>
internal sealed class InboxProcessor(
    ReceiverDatabase database, IReceiverSideEffect sideEffect, TimeProvider time)
{
    /// <summary>False when the row was done already (its claim ran out and another worker finished it).</summary>
    public async Task<bool> ApplyAsync(InboxRow row, CancellationToken ct)
    {
        await sideEffect.RunAsync(new SideEffectItem(row.Id, row.Kind, row.Ref), ct);
        return await database.WriteAsync((connection, transaction) =>
        {
            if (!InboxStore.TryMarkDone(connection, transaction, row.Id, time.GetUtcNow()))
                return false;

            Apply(connection, transaction, row);
            return true;
        }, ct);
    }

    private static void Apply(DbConnection connection, DbTransaction transaction, InboxRow row)
    {
        switch (row.Kind)
        {
            case InboxKinds.Reply:
                ReplyEffect.Apply(connection, transaction, row.Ref);
                break;
            case InboxKinds.Click:
                ReceiverDatabase.Execute(connection, transaction, Sql.LinkClick, ("@id", HitId(row)));
                break;
            case InboxKinds.Optout:
                ReceiverDatabase.Execute(connection, transaction, Sql.AddOptoutFromEvent, ("@id", HitId(row)));
                break;
            default:
                throw new InvalidOperationException($"Unknown inbox kind '{row.Kind}' in row {row.Id}.");
        }
    }

    private static long HitId(InboxRow row) => long.Parse(row.Ref, CultureInfo.InvariantCulture);
}
