namespace SmsCx.Receiver.Webhooks;

/// <summary>A parsed webhook request: its event name and its items in order.</summary>
internal sealed record WebhookBatch(string Event, IReadOnlyList<WebhookItem> Items);
