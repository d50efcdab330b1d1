namespace SmsCx.Mock.Webhooks;

/// <summary>One serialized webhook item waiting for its batch.</summary>
/// <param name="Json">The item as UTF-8 JSON.</param>
/// <param name="Summary">What the journal records of it.</param>
public sealed record WebhookItem(ReadOnlyMemory<byte> Json, JournalItem Summary);
