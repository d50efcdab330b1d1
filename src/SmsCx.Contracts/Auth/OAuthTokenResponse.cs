using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Auth;

/// <summary>Answer of <c>POST /oauth/token</c>; the only snake_case body of the API.</summary>
public sealed class OAuthTokenResponse
{
    /// <summary>Opaque bearer token (40 hex characters from the mock).</summary>
    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }

    /// <summary>Lifetime in seconds.</summary>
    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }

    /// <summary>Always <c>Bearer</c>.</summary>
    [JsonPropertyName("token_type")]
    public string TokenType { get; init; } = "Bearer";

    /// <summary>Granted scopes, space separated.</summary>
    [JsonPropertyName("scope")]
    public required string Scope { get; init; }
}
