namespace SmsCx.Receiver.Storage;

/// <summary>A pending side effect: its row id, its kind (see <see cref="InboxKinds"/>) and the key it refers to.</summary>
internal sealed record InboxRow(long Id, string Kind, string Ref);
