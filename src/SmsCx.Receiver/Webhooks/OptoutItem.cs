namespace SmsCx.Receiver.Webhooks;

/// <summary>A valid <c>new_optout</c> item; <see cref="OptoutType"/> is <c>link</c> or <c>admin</c>.</summary>
internal sealed record OptoutItem(long HitId, string PhoneNumber, string OptoutType, DateTimeOffset Datetime)
    : WebhookItem;
