using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SmsCx.Mock.Api;

/// <summary>
/// Checks <c>X-API-KEY</c> against the configured keys or <c>Authorization: Bearer</c> against issued tokens,
/// comparing secrets in constant time.
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

    /// <summary>Returns the credential, or <see langword="null"/> when refused.</summary>
    public Credential? Authenticate(HttpRequest request)
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
            return new Credential("app:" + token.ClientId, token.ClientId, token.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return null;
    }

    private Credential? MatchKey(string apiKey)
    {
        var given = Encoding.UTF8.GetBytes(apiKey);
        Credential? match = null;
        for (var i = 0; i < _keys.Length; i++)
        {
            // Compare with every key so the time taken does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(given, _keys[i]))
                match = new Credential("key#" + i, apiKey);
        }

        return match;
    }
}

/// <summary>An authenticated caller.</summary>
/// <param name="Name">Safe to log and to key state by: <c>key#N</c> (N-th configured key) or <c>app:ID</c>.</param>
/// <param name="Id">The API key itself or the OAuth application id; looks up per-credential rate limits. Never logged.</param>
/// <param name="Scopes">Scopes of a bearer token; <see langword="null"/> for an API key, which may do everything.</param>
public sealed record Credential(string Name, string Id, IReadOnlyCollection<string>? Scopes = null);
