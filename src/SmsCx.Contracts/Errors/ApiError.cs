using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Errors;

/// <summary>The <c>error</c> object of an <see cref="ErrorEnvelope"/>.</summary>
public sealed class ApiError
{
    /// <summary>Machine-readable kind, e.g. <c>invalid_param</c>; the SDKs choose their exception by it.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>Short human-readable text. Live wording is not documented; do not assert on it.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>Link to the documentation of the error.</summary>
    [JsonPropertyName("uri")]
    public required string Uri { get; init; }

    /// <summary>SMS.CX numeric error code, e.g. 1104.</summary>
    [JsonPropertyName("code")]
    public int Code { get; init; }

    /// <summary>Offending phone numbers for codes 1207 and 1210; omitted otherwise.</summary>
    [JsonPropertyName("invalid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Invalid { get; init; }
}
