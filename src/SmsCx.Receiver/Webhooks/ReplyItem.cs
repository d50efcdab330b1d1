namespace SmsCx.Receiver.Webhooks;

/// <summary>
/// A valid <c>receive_sms</c> item; <see cref="MsgId"/> is in lower case and <see cref="From"/> is normalised.
/// </summary>
internal sealed record ReplyItem(string MsgId, string From, string? To, string Text, DateTimeOffset ReceivedAt)
    : WebhookItem;
