using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SmsCx.Mock.Api;

/// <summary>
/// Checks <c>X-API-KEY</c> against the configured keys or <c>Authorization: Bearer</c> against issued tokens,
/// comparing secrets in constant time. Returns a credential name for rate limiting that never contains the secret.
/// </summary>
public sealed class ApiAuthenticator
{
    private readonly byte[][] _keys;
    private readonly TokenStore _tokens;

    /// <summary>Creates the authenticator for <paramref name="options"/>' keys and <paramref name="tokens"/>.</summary>
    public ApiAuthenticator(MockOptions options, TokenStore tokens)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = [.. options.ApiKeys.Select(Encoding.UTF8.GetBytes)];
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
    }

    /// <summary>Returns the credential name (<c>key#N</c> or <c>app:ID</c>), or <see langword="null"/> when refused.</summary>
    public string? Authenticate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var apiKey = request.Headers["X-API-KEY"].ToString();
        if (apiKey.Length > 0)
            return MatchKey(apiKey);

        var authorization = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            && _tokens.TryValidate(authorization[Bearer.Length..].Trim(), out var token))
        {
            return "app:" + token.ClientId;
        }

        return null;
    }

    private string? MatchKey(string apiKey)
    {
        var given = Encoding.UTF8.GetBytes(apiKey);
        string? match = null;
        for (var i = 0; i < _keys.Length; i++)
        {
            // Compare with every key so the time taken does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(given, _keys[i]))
                match = "key#" + i;
        }

        return match;
    }
}
