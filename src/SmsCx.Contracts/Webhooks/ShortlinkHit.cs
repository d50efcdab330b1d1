using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Webhooks;

/// <summary>Item of <c>shortlink_hit</c> and <c>shortlink_hit_update</c> webhooks: one visit of a short link.</summary>
public sealed class ShortlinkHit
{
    /// <summary>Id of the visit; the receiver's de-duplication key.</summary>
    [JsonPropertyName("hitId")]
    public long HitId { get; init; }

    /// <summary>Short link id, e.g. <c>bVc</c>.</summary>
    [JsonPropertyName("shortlinkId")]
    public required string ShortlinkId { get; init; }

    /// <summary>The short link URL that was opened.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }

    /// <summary><c>mobile</c>, <c>tablet</c> or <c>desktop</c>.</summary>
    [JsonPropertyName("device")]
    public required string Device { get; init; }

    /// <summary>Browser family.</summary>
    [JsonPropertyName("browser")]
    public required string Browser { get; init; }

    /// <summary>Browser version.</summary>
    [JsonPropertyName("browserVersion")]
    public required string BrowserVersion { get; init; }

    /// <summary>Operating system.</summary>
    [JsonPropertyName("os")]
    public required string Os { get; init; }

    /// <summary>Operating system version.</summary>
    [JsonPropertyName("osVersion")]
    public required string OsVersion { get; init; }

    /// <summary>Device maker.</summary>
    [JsonPropertyName("brand")]
    public required string Brand { get; init; }

    /// <summary>Device model.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    /// <summary>Screen size such as <c>1080x2340</c>.</summary>
    [JsonPropertyName("screenResolution")]
    public required string ScreenResolution { get; init; }

    /// <summary>Visitor's Accept-Language header.</summary>
    [JsonPropertyName("acceptLanguage")]
    public required string AcceptLanguage { get; init; }

    /// <summary>Referrer, or <c>null</c> (always written).</summary>
    [JsonPropertyName("referrer")]
    public string? Referrer { get; init; }

    /// <summary>Anonymised visitor address, last octet zeroed.</summary>
    [JsonPropertyName("ipAddress")]
    public required string IpAddress { get; init; }

    /// <summary>Visitor country by geo-IP.</summary>
    [JsonPropertyName("countryIso")]
    public required string CountryIso { get; init; }

    /// <summary>Visitor city by geo-IP.</summary>
    [JsonPropertyName("city")]
    public required string City { get; init; }

    /// <summary>Time of the visit as <c>yyyy-MM-dd HH:mm:ss</c> UTC.</summary>
    [JsonPropertyName("datetime")]
    public required string Datetime { get; init; }

    /// <summary>Recipient whose tracked link was opened, or <c>null</c> for an untracked link.</summary>
    [JsonPropertyName("phoneNumber")]
    public string? PhoneNumber { get; init; }

    /// <summary>Send batch of the tracked link, or <c>null</c>.</summary>
    [JsonPropertyName("campaignId")]
    public string? CampaignId { get; init; }

    /// <summary>Contact group, or <c>null</c>.</summary>
    [JsonPropertyName("groupId")]
    public string? GroupId { get; init; }
}
