namespace SmsCx.Receiver.Webhooks;

/// <summary>An item set aside: its raw JSON and why it could not be applied.</summary>
internal sealed record RejectedItem(string Raw, string Reason) : WebhookItem;
