namespace SmsCx.Receiver.Storage;

/// <summary>What one stored webhook batch did: items applied, redeliveries ignored, items set aside, inbox rows added.</summary>
internal sealed record StoreResult(int Applied, int Duplicates, int Rejected, int InboxAdded);
