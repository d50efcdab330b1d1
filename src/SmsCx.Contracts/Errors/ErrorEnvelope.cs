using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Errors;

/// <summary>
/// Every 4xx and 5xx body of the API: <c>{ "error": { type, message, uri, code } }</c>. For invalid-number
/// errors the <c>invalid</c> list is written both inside <c>error</c> and beside it, because the SDK schema
/// and the SDK READMEs disagree on its place.
/// </summary>
public sealed class ErrorEnvelope
{
    /// <summary>The error.</summary>
    [JsonPropertyName("error")]
    public required ApiError Error { get; init; }

    /// <summary>Top-level copy of <see cref="ApiError.Invalid"/>; omitted when there is none.</summary>
    [JsonPropertyName("invalid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Invalid { get; init; }
}
