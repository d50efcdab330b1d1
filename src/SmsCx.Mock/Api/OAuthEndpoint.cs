using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using SmsCx.Contracts.Auth;
using SmsCx.Contracts.Errors;
using SmsCx.Contracts.Serialization;

namespace SmsCx.Mock.Api;

/// <summary>
/// <c>POST /oauth/token</c>: client-credentials grant with HTTP Basic application id and secret, form body
/// <c>grant_type</c> and optional <c>scope</c>. Errors use the API envelope with code 1600, as the SDKs expect.
/// </summary>
public static class OAuthEndpoint
{
    /// <summary>
    /// Scopes the mock grants; an omitted or empty scope grants all of them. The first eight are in the SDKs;
    /// <c>optouts</c> and <c>account</c> come from a third-party source (UNCONFIRMED) and guard those endpoints.
    /// </summary>
    public static readonly IReadOnlyList<string> KnownScopes =
        ["sms", "groups", "templates", "originators", "numbers", "reports", "shortlinks", "attachments", "optouts", "account"];

    /// <summary>Handles one token request.</summary>
    public static async Task<IResult> IssueAsync(HttpRequest request, MockOptions options, TokenStore tokens, ApiGateFilter gate)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(gate);
        gate.StampTiming(request.HttpContext);
        var clientId = AuthenticateClient(request, options);
        if (clientId is null)
            return ApiResults.Error(ApiErrors.OAuthInvalidClient);
        if (!gate.TakeRate(request.HttpContext, new Credential("app:" + clientId, clientId)))
            return ApiResults.Error(ApiErrors.RateLimit);
        if (!request.HasFormContentType)
            return ApiResults.Error(ApiErrors.OAuthInvalidRequest, "Body must be application/x-www-form-urlencoded with grant_type");

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var grant = form["grant_type"].ToString();
        if (grant.Length == 0)
            return ApiResults.Error(ApiErrors.OAuthInvalidRequest);
        if (grant != "client_credentials")
            return ApiResults.Error(ApiErrors.OAuthUnsupportedGrant);

        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Any(s => !KnownScopes.Contains(s, StringComparer.Ordinal)))
            return ApiResults.Error(ApiErrors.OAuthInvalidScope);

        var scope = string.Join(' ', requested.Length == 0 ? KnownScopes : requested.Distinct(StringComparer.Ordinal));
        var token = tokens.Issue(clientId, scope, options.TokenLifetime);
        var body = new OAuthTokenResponse
        {
            AccessToken = token.AccessToken,
            ExpiresIn = (int)Math.Min(int.MaxValue, options.TokenLifetime.TotalSeconds),
            TokenType = "Bearer",
            Scope = scope,
        };
        return TypedResults.Json(body, SmsCxJson.Context.OAuthTokenResponse);
    }

    private static string? AuthenticateClient(HttpRequest request, MockOptions options)
    {
        var header = request.Headers.Authorization.ToString();
        const string Basic = "Basic ";
        if (!header.StartsWith(Basic, StringComparison.OrdinalIgnoreCase))
            return null;

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[Basic.Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !options.OAuthClients.TryGetValue(decoded[..colon], out var secret))
            return null;

        var given = Encoding.UTF8.GetBytes(decoded[(colon + 1)..]);
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(secret)) ? decoded[..colon] : null;
    }
}
