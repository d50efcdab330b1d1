namespace SmsCx.Contracts.Webhooks;

/// <summary>Values of the <c>event</c> member of a webhook envelope.</summary>
public static class WebhookEvents
{
    /// <summary>Delivery status of a sent message changed; items are <see cref="DlrUpdate"/>.</summary>
    public const string DlrUpdate = "dlr_update";

    /// <summary>An SMS arrived from a customer; items are <see cref="ReceivedSms"/>.</summary>
    public const string ReceiveSms = "receive_sms";

    /// <summary>A short link was opened; items are <see cref="ShortlinkHit"/>.</summary>
    public const string ShortlinkHit = "shortlink_hit";

    /// <summary>More information about an earlier hit, same item schema as <see cref="ShortlinkHit"/>.</summary>
    public const string ShortlinkHitUpdate = "shortlink_hit_update";

    /// <summary>A contact opted out by link or was added by the account; items are <see cref="NewOptout"/>.</summary>
    public const string NewOptout = "new_optout";

    /// <summary>The largest number of items one request carries.</summary>
    public const int MaxItemsPerRequest = 200;
}
