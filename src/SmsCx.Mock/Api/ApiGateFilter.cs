using System.Globalization;
using Microsoft.AspNetCore.Http;
using SmsCx.Contracts.Errors;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Api;

/// <summary>
/// Runs before every authenticated API endpoint: writes <c>X-Request-Id</c> and <c>X-Response-Time</c>,
/// authenticates (401 in the API's shape), checks a bearer token's scope against the endpoint's
/// <see cref="RequiredScope"/> (403 <c>insufficient_scope</c>), and applies the rate limit with the
/// <c>X-Rate-Limit-*</c> headers (429 in the API's shape, with <c>X-Rate-Limit-Reset</c>).
/// </summary>
public sealed class ApiGateFilter(
    ApiAuthenticator authenticator,
    FixedWindowLimiter limiter,
    MockOptions options,
    SeededRandom random,
    TimeProvider time) : IEndpointFilter
{
    /// <summary>Key of <see cref="HttpContext.Items"/> that holds the authenticated <see cref="Credential.Name"/>.</summary>
    public const string CredentialKey = "SmsCx.Credential";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        StampTiming(http);

        var credential = authenticator.Authenticate(http.Request);
        if (credential is null)
            return ApiResults.Error(ApiErrors.InvalidApiKey);

        var scope = http.GetEndpoint()?.Metadata.GetMetadata<RequiredScope>()?.Name;
        if (scope is not null && credential.Scopes is { } granted && !granted.Contains(scope))
            return ApiResults.Error(ApiErrors.InsufficientScope, $"The access token lacks the '{scope}' scope");

        if (!TakeRate(http, credential))
            return ApiResults.Error(ApiErrors.RateLimit);

        http.Items[CredentialKey] = credential.Name;
        return await next(context);
    }

    /// <summary>Writes <c>X-Request-Id</c> now and <c>X-Response-Time</c> when the answer starts.</summary>
    public void StampTiming(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = time.GetTimestamp();
        http.Response.Headers["X-Request-Id"] = random.NewId();
        http.Response.OnStarting(() =>
        {
            var seconds = time.GetElapsedTime(started).TotalSeconds;
            http.Response.Headers["X-Response-Time"] = seconds.ToString("0.000", CultureInfo.InvariantCulture) + "s";
            return Task.CompletedTask;
        });
    }

    /// <summary>Counts the request against the credential's limit and writes the rate-limit headers.</summary>
    public bool TakeRate(HttpContext http, Credential credential)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(credential);
        var limit = options.RateLimitsByCredential.GetValueOrDefault(credential.Id, options.RateLimit);
        var decision = limiter.Take(credential.Name, limit);
        http.Response.Headers["X-Rate-Limit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-Rate-Limit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
            http.Response.Headers["X-Rate-Limit-Reset"] = decision.ResetUnixSeconds.ToString(CultureInfo.InvariantCulture);
        return decision.Allowed;
    }
}

/// <summary>Endpoint metadata: the OAuth scope a bearer token needs for the endpoint (API keys have every scope).</summary>
/// <param name="Name">Scope name, e.g. <c>sms</c>.</param>
public sealed record RequiredScope(string Name);
