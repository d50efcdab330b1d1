using System.Text.Json.Serialization;
using SmsCx.Contracts.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>One recipient's entry in <c>data[]</c> of a send answer (the SDKs' <c>DataSms</c>).</summary>
public sealed class SentMessage
{
    /// <summary>Lower-case UUID; the key of delivery reports and of <c>GET /reports/single/{msgId}</c>.</summary>
    [JsonPropertyName("msgId")]
    public required string MsgId { get; init; }

    /// <summary>Echo of the request's <c>trackData</c>; omitted when none was given.</summary>
    [JsonPropertyName("trackData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TrackData { get; init; }

    /// <summary>One of ACCEPTED, SCHEDULED, REJECTED, NO COVERAGE.</summary>
    [JsonPropertyName("status")]
    public MessageStatus Status { get; init; }

    /// <summary>Numeric form of <see cref="Status"/> (see <see cref="MessageStatusTable"/>).</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    /// <summary>Failure detail; <c>null</c> at send time (always written).</summary>
    [JsonPropertyName("errorCode")]
    public int? ErrorCode { get; init; }

    /// <summary>Send time.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(SmsCxDateTimeConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Scheduled send time; omitted when not scheduled.</summary>
    [JsonPropertyName("scheduledAt")]
    [JsonConverter(typeof(SmsCxNullableDateTimeConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>True when the send or schedule time fell into the destination's quiet hours.</summary>
    [JsonPropertyName("inQuietHours")]
    public bool InQuietHours { get; init; }

    /// <summary>Price per part times parts; 0 for REJECTED and NO COVERAGE.</summary>
    [JsonPropertyName("cost")]
    public decimal Cost { get; init; }

    /// <summary>Destination in E.164.</summary>
    [JsonPropertyName("to")]
    public required string To { get; init; }

    /// <summary>Destination country, ISO 3166 alpha-2.</summary>
    [JsonPropertyName("countryIso")]
    public required string CountryIso { get; init; }

    /// <summary>Effective sender name.</summary>
    [JsonPropertyName("from")]
    public required string From { get; init; }

    /// <summary>Final text after placeholder substitution; omitted with <c>noTextDetails</c>.</summary>
    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    /// <summary>SMS parts for this recipient, at least 1.</summary>
    [JsonPropertyName("parts")]
    public int Parts { get; init; }

    /// <summary>Text analysis; omitted with <c>noTextDetails</c>.</summary>
    [JsonPropertyName("textAnalysis")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextAnalysis? TextAnalysis { get; init; }
}
