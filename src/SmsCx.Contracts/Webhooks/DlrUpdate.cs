using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Webhooks;

/// <summary>Item of a <c>dlr_update</c> webhook (the SDKs' <c>DataDlrUpdate</c>).</summary>
public sealed class DlrUpdate
{
    /// <summary>Batch id returned as <c>info.campaignId</c> at send time.</summary>
    [JsonPropertyName("campaignId")]
    public required string CampaignId { get; init; }

    /// <summary>Message id returned as <c>data[].msgId</c> at send time.</summary>
    [JsonPropertyName("msgId")]
    public required string MsgId { get; init; }

    /// <summary>Numeric form of <see cref="Status"/>.</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    /// <summary>The new status.</summary>
    [JsonPropertyName("status")]
    public MessageStatus Status { get; init; }

    /// <summary>Non-null means not delivered; always written, <c>null</c> unless FAILED.</summary>
    [JsonPropertyName("errorCode")]
    public int? ErrorCode { get; init; }

    /// <summary>Time of the status change as <c>yyyy-MM-dd HH:mm:ss</c> UTC (kept as text, as the SDKs do).</summary>
    [JsonPropertyName("datetime")]
    public required string Datetime { get; init; }

    /// <summary>The <c>trackData</c> given at send time, or <c>null</c> (always written).</summary>
    [JsonPropertyName("trackData")]
    public string? TrackData { get; init; }
}
