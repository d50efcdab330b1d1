using System.Text.Json.Serialization;
using SmsCx.Contracts.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>
/// Body of <c>POST /sms</c> and <c>POST /sms/estimate</c>. Every member is optional on the wire so that a
/// missing field reaches validation and gets its documented error code instead of a parse failure.
/// </summary>
public sealed class SendSmsRequest
{
    /// <summary>Recipients in E.164 or national format; a string or an array on the wire (max 25,000).</summary>
    [JsonPropertyName("to")]
    [JsonConverter(typeof(StringOrArrayConverter))]
    public List<string>? To { get; set; }

    /// <summary>Sender name, 3 to 15 characters.</summary>
    [JsonPropertyName("from")]
    public string? From { get; set; }

    /// <summary>Message text; placeholders such as <c>{{optoutLink}}</c> are substituted per recipient.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>ISO 3166 alpha-2 country used to read national-format numbers; ignored for E.164.</summary>
    [JsonPropertyName("countryIso")]
    public string? CountryIso { get; set; }

    /// <summary>When true, invalid numbers are skipped and listed in <c>info.invalid</c>; default false.</summary>
    [JsonPropertyName("allowInvalid")]
    public bool? AllowInvalid { get; set; }

    /// <summary>Send time as <c>yyyy-MM-dd HH:mm:ss</c> or ISO 8601; kept as text so bad values get code 1108.</summary>
    [JsonPropertyName("scheduledDate")]
    public string? ScheduledDate { get; set; }

    /// <summary>Whether <see cref="ScheduledDate"/> is UTC (default true) or the recipient's local time.</summary>
    [JsonPropertyName("isUtc")]
    public bool? IsUtc { get; set; }

    /// <summary>Webhook URL for this send's delivery reports; overrides the account setting.</summary>
    [JsonPropertyName("dlrCallbackUrl")]
    public string? DlrCallbackUrl { get; set; }

    /// <summary>Client correlation UUID echoed in the answer and every callback; silently dropped if not a UUID.</summary>
    [JsonPropertyName("trackData")]
    public string? TrackData { get; set; }

    /// <summary>When true the answer carries the full <c>info</c> and an empty <c>data</c>.</summary>
    [JsonPropertyName("shortResponse")]
    public bool? ShortResponse { get; set; }

    /// <summary>When true, <c>data[].text</c> and <c>data[].textAnalysis</c> are omitted.</summary>
    [JsonPropertyName("noTextDetails")]
    public bool? NoTextDetails { get; set; }

    /// <summary>
    /// When true the real API adds a <c>timezone</c> to each <c>data[]</c> item (format undocumented); the mock
    /// accepts the flag and adds nothing.
    /// </summary>
    [JsonPropertyName("showTimezone")]
    public bool? ShowTimezone { get; set; }

    /// <summary>Client idempotency key (UUID v1 to v5), echoed in the <c>X-Idempotency-Id</c> header.</summary>
    [JsonPropertyName("idempotencyId")]
    public string? IdempotencyId { get; set; }

    /// <summary>Optional transliteration settings.</summary>
    [JsonPropertyName("transliteration")]
    public Transliteration? Transliteration { get; set; }
}
