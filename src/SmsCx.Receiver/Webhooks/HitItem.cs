namespace SmsCx.Receiver.Webhooks;

/// <summary>A valid <c>shortlink_hit</c> or <c>shortlink_hit_update</c> item, classified human or bot.</summary>
internal sealed record HitItem(long HitId, string? ShortlinkId, string? PhoneNumber, bool IsBot, DateTimeOffset Datetime)
    : WebhookItem;
