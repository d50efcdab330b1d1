using System.Text.Json.Serialization;
using SmsCx.Contracts.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>One message as <c>GET /reports/single/{msgId}</c> reports it.</summary>
public sealed class MessageReport
{
    /// <summary>Lower-case UUID of the message.</summary>
    [JsonPropertyName("msgId")]
    public required string MsgId { get; init; }

    /// <summary>Current status, including SENT, DELIVERED and FAILED.</summary>
    [JsonPropertyName("status")]
    public MessageStatus Status { get; init; }

    /// <summary>Numeric form of <see cref="Status"/>.</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    /// <summary>Failure detail, <c>null</c> unless FAILED (always written).</summary>
    [JsonPropertyName("errorCode")]
    public int? ErrorCode { get; init; }

    /// <summary>True when the send time fell into quiet hours.</summary>
    [JsonPropertyName("inQuietHours")]
    public bool InQuietHours { get; init; }

    /// <summary>Send time.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(SmsCxDateTimeConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Time of the last delivery report, or <c>null</c> before the first one (always written).</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(SmsCxNullableDateTimeConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Scheduled send time, or <c>null</c> (always written).</summary>
    [JsonPropertyName("scheduledAt")]
    [JsonConverter(typeof(SmsCxNullableDateTimeConverter))]
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>Charge for the message.</summary>
    [JsonPropertyName("cost")]
    public decimal Cost { get; init; }

    /// <summary>Destination in E.164.</summary>
    [JsonPropertyName("to")]
    public required string To { get; init; }

    /// <summary>Destination country.</summary>
    [JsonPropertyName("countryIso")]
    public required string CountryIso { get; init; }

    /// <summary>Effective sender name.</summary>
    [JsonPropertyName("from")]
    public required string From { get; init; }

    /// <summary>Final text.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>Where the message came from; always <c>api</c> for the mock.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = "api";

    /// <summary>Channel; always <c>sms</c> for the mock.</summary>
    [JsonPropertyName("channel")]
    public string Channel { get; init; } = "sms";

    /// <summary>Text analysis of the final text.</summary>
    [JsonPropertyName("textAnalysis")]
    public required TextAnalysis TextAnalysis { get; init; }
}
