using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Optouts;

/// <summary>Answer of <c>GET /optouts</c>: newest first, cursor-paged.</summary>
public sealed class OptoutListResponse
{
    /// <summary>The opt-out list as a whole.</summary>
    [JsonPropertyName("info")]
    public required OptoutListInfo Info { get; init; }

    /// <summary>One page of entries.</summary>
    [JsonPropertyName("data")]
    public required List<OptoutEntry> Data { get; init; }

    /// <summary>Cursors of the neighbouring pages.</summary>
    [JsonPropertyName("paging")]
    public required Paging Paging { get; init; }
}

/// <summary>The <c>info</c> of the opt-out list.</summary>
public sealed class OptoutListInfo
{
    /// <summary>Id of the account's opt-out link.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The account's opt-out link.</summary>
    [JsonPropertyName("link")]
    public required string Link { get; init; }

    /// <summary>Entries in the whole list.</summary>
    [JsonPropertyName("total")]
    public int Total { get; init; }
}

/// <summary>One number on the opt-out list.</summary>
public sealed class OptoutEntry
{
    /// <summary>Numeric id, used by <c>DELETE /optouts/{id}</c>.</summary>
    [JsonPropertyName("id")]
    public long Id { get; init; }

    /// <summary>The number, E.164.</summary>
    [JsonPropertyName("phoneNumber")]
    public required string PhoneNumber { get; init; }

    /// <summary>Its country.</summary>
    [JsonPropertyName("countryIso")]
    public required string CountryIso { get; init; }

    /// <summary><c>admin</c> (added by the account) or <c>link</c> (the recipient used the opt-out link).</summary>
    [JsonPropertyName("optoutFrom")]
    public required string OptoutFrom { get; init; }

    /// <summary>When the number was added, <c>yyyy-MM-dd HH:mm:ss</c> UTC.</summary>
    [JsonPropertyName("datetime")]
    public required string Datetime { get; init; }

    /// <summary>Send batch whose link was used, or <c>null</c>.</summary>
    [JsonPropertyName("campaignId")]
    public string? CampaignId { get; init; }
}
