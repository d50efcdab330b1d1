using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Webhooks;

/// <summary>Item of a <c>new_optout</c> webhook: a contact opted out by link or was added by the account.</summary>
public sealed class NewOptout
{
    /// <summary>Id of the opt-out event; the receiver's de-duplication key.</summary>
    [JsonPropertyName("hitId")]
    public long HitId { get; init; }

    /// <summary>Opt-out link id.</summary>
    [JsonPropertyName("optoutId")]
    public required string OptoutId { get; init; }

    /// <summary>The opt-out link that was used.</summary>
    [JsonPropertyName("optoutUrl")]
    public required string OptoutUrl { get; init; }

    /// <summary><c>link</c> (the recipient used the link) or <c>admin</c> (added by the account).</summary>
    [JsonPropertyName("optoutType")]
    public required string OptoutType { get; init; }

    /// <summary>Country of the number.</summary>
    [JsonPropertyName("countryIso")]
    public required string CountryIso { get; init; }

    /// <summary>Time of the opt-out as <c>yyyy-MM-dd HH:mm:ss</c> UTC.</summary>
    [JsonPropertyName("datetime")]
    public required string Datetime { get; init; }

    /// <summary>The number that opted out, E.164.</summary>
    [JsonPropertyName("phoneNumber")]
    public required string PhoneNumber { get; init; }

    /// <summary>Send batch whose link was used, or <c>null</c>.</summary>
    [JsonPropertyName("campaignId")]
    public string? CampaignId { get; init; }

    /// <summary>Contact group, or <c>null</c>.</summary>
    [JsonPropertyName("groupId")]
    public string? GroupId { get; init; }
}
