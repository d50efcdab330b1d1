namespace SmsCx.Receiver.Domain;

/// <summary>
/// A downstream action of your own (a CRM update, a notification) that runs for every stored reply, click and
/// opt-out, after the webhook was answered, from the stored inbox. Register one in the service collection to replace
/// the default, which does nothing.
/// </summary>
/// <remarks>
/// Delivery is at least once: the action runs before its inbox row is marked done, so a crash between the two runs
/// it again on the next start (pass <see cref="SideEffectItem.InboxId"/> downstream as an idempotency key). Without a
/// crash it runs exactly once, also with several receivers on one PostgreSQL database. An exception counts as a
/// failed attempt and the row is retried up to five times. Calls are sequential per receiver process; a slow action
/// delays later side effects but never the webhook answer.
/// </remarks>
public interface IReceiverSideEffect
{
    /// <summary>Runs the action for one stored item. <paramref name="ct"/> fires when the receiver stops.</summary>
    Task RunAsync(SideEffectItem item, CancellationToken ct);
}
