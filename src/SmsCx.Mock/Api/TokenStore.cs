using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SmsCx.Mock.Api;

/// <summary>Bearer tokens issued by <c>POST /oauth/token</c>, with their expiry. Thread-safe.</summary>
public sealed class TokenStore
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates a store whose expiry checks use <paramref name="time"/>.</summary>
    public TokenStore(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>Issues a new unguessable token (40 hex characters) for <paramref name="clientId"/>.</summary>
    public IssuedToken Issue(string clientId, string scope, TimeSpan lifetime)
    {
        var token = new IssuedToken(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)),
            clientId,
            scope,
            _time.GetUtcNow() + lifetime);
        _tokens[token.AccessToken] = token;
        return token;
    }

    /// <summary>Finds a token that exists and has not expired; expired tokens are forgotten.</summary>
    public bool TryValidate(string accessToken, out IssuedToken token)
    {
        if (!_tokens.TryGetValue(accessToken, out token!))
            return false;
        if (token.ExpiresAt > _time.GetUtcNow())
            return true;
        _tokens.TryRemove(accessToken, out _);
        return false;
    }
}

/// <summary>One issued bearer token.</summary>
/// <param name="AccessToken">The token value; never logged.</param>
/// <param name="ClientId">Application id it was issued to.</param>
/// <param name="Scope">Granted scopes, space separated.</param>
/// <param name="ExpiresAt">Expiry by the mock's clock.</param>
public sealed record IssuedToken(string AccessToken, string ClientId, string Scope, DateTimeOffset ExpiresAt);
