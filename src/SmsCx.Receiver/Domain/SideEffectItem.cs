namespace SmsCx.Receiver.Domain;

/// <summary>One stored item whose side effect is due.</summary>
/// <param name="InboxId">Id of the inbox row; unique per item and stable across retries and restarts.</param>
/// <param name="Kind"><c>reply</c>, <c>click</c> or <c>optout</c>.</param>
/// <param name="Reference">The reply's msgId, or the hitId of a click or opt-out.</param>
public sealed record SideEffectItem(long InboxId, string Kind, string Reference);
