using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>The <c>info</c> object of a send answer.</summary>
public sealed class SendInfo
{
    /// <summary>Lower-case UUID of this send batch; present for single-number sends too.</summary>
    [JsonPropertyName("campaignId")]
    public required string CampaignId { get; init; }

    /// <summary>Numbers submitted.</summary>
    [JsonPropertyName("totalPhoneNumbers")]
    public int TotalPhoneNumbers { get; init; }

    /// <summary>Numbers that passed validation.</summary>
    [JsonPropertyName("totalValid")]
    public int TotalValid { get; init; }

    /// <summary>Numbers that failed validation.</summary>
    [JsonPropertyName("totalInvalid")]
    public int TotalInvalid { get; init; }

    /// <summary>Total charge in the account currency.</summary>
    [JsonPropertyName("totalCost")]
    public decimal TotalCost { get; init; }

    /// <summary>Total SMS parts across all recipients.</summary>
    [JsonPropertyName("totalParts")]
    public int TotalParts { get; init; }

    /// <summary>Effective delivery-report URL, or <c>null</c> (always written).</summary>
    [JsonPropertyName("dlrCallbackUrl")]
    public string? DlrCallbackUrl { get; init; }

    /// <summary>Valid numbers per ISO country code.</summary>
    [JsonPropertyName("phoneNumbersByCountry")]
    public required Dictionary<string, int> PhoneNumbersByCountry { get; init; }

    /// <summary>True when the send was scheduled for later.</summary>
    [JsonPropertyName("scheduled")]
    public bool Scheduled { get; init; }

    /// <summary>How transliteration changed the text; omitted when nothing was replaced.</summary>
    [JsonPropertyName("transliterationAnalysis")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TransliterationAnalysis? TransliterationAnalysis { get; init; }

    /// <summary>Numbers whose send time fell into quiet hours.</summary>
    [JsonPropertyName("totalInQuietHours")]
    public int TotalInQuietHours { get; init; }

    /// <summary>Invalid numbers skipped because the request allowed them; omitted otherwise.</summary>
    [JsonPropertyName("invalid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Invalid { get; init; }
}
