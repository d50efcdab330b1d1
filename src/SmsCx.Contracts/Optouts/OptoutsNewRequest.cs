using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Optouts;

/// <summary>Body of <c>POST /optouts</c>.</summary>
public sealed class OptoutsNewRequest
{
    /// <summary>Numbers to add, E.164 or national with <see cref="CountryIso"/>.</summary>
    [JsonPropertyName("phoneNumbers")]
    public List<string>? PhoneNumbers { get; set; }

    /// <summary>When true, invalid numbers are skipped instead of failing the request.</summary>
    [JsonPropertyName("allowInvalid")]
    public bool? AllowInvalid { get; set; }

    /// <summary>Country used to read national numbers.</summary>
    [JsonPropertyName("countryIso")]
    public string? CountryIso { get; set; }
}

/// <summary>Answer of <c>POST /optouts</c>.</summary>
public sealed class OptoutsNewResponse
{
    /// <summary>Totals of the request.</summary>
    [JsonPropertyName("info")]
    public required OptoutsNewInfo Info { get; init; }
}

/// <summary>The <c>info</c> of an opt-out addition.</summary>
public sealed class OptoutsNewInfo
{
    /// <summary>Numbers added.</summary>
    [JsonPropertyName("totalValid")]
    public int TotalValid { get; init; }

    /// <summary>Numbers skipped as invalid.</summary>
    [JsonPropertyName("totalInvalid")]
    public int TotalInvalid { get; init; }

    /// <summary>Numbers already on the list (or repeated in the request).</summary>
    [JsonPropertyName("totalDuplicates")]
    public int TotalDuplicates { get; init; }

    /// <summary>Numbers submitted.</summary>
    [JsonPropertyName("totalPhoneNumbers")]
    public int TotalPhoneNumbers { get; init; }

    /// <summary>Added numbers per country.</summary>
    [JsonPropertyName("phoneNumbersByCountry")]
    public required Dictionary<string, int> PhoneNumbersByCountry { get; init; }

    /// <summary>The invalid numbers.</summary>
    [JsonPropertyName("invalid")]
    public required List<string> Invalid { get; init; }
}

/// <summary>Answer of <c>DELETE /optouts/{optoutId}</c>.</summary>
public sealed class DeleteOptoutResponse
{
    /// <summary>The removed entry.</summary>
    [JsonPropertyName("info")]
    public required DeleteOptoutInfo Info { get; init; }
}

/// <summary>The <c>info</c> of a removed opt-out entry.</summary>
public sealed class DeleteOptoutInfo
{
    /// <summary>Id of the removed entry, as a string (as the SDK documents).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The number that may be texted again.</summary>
    [JsonPropertyName("phoneNumber")]
    public required string PhoneNumber { get; init; }
}
