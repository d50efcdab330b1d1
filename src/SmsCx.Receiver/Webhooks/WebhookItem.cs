namespace SmsCx.Receiver.Webhooks;

/// <summary>One item of a webhook batch after parsing: a valid item of a handled event, or a rejected one.</summary>
internal abstract record WebhookItem;
