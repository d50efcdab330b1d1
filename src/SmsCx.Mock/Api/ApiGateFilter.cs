using System.Globalization;
using Microsoft.AspNetCore.Http;
using SmsCx.Contracts.Errors;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Api;

/// <summary>
/// Runs before every authenticated API endpoint: writes <c>X-Request-Id</c> and <c>X-Response-Time</c>,
/// authenticates (401 in the API's shape), and applies the rate limit with the <c>X-Rate-Limit-*</c> headers
/// (429 in the API's shape, with <c>X-Rate-Limit-Reset</c>).
/// </summary>
public sealed class ApiGateFilter(
    ApiAuthenticator authenticator,
    FixedWindowLimiter limiter,
    MockOptions options,
    SeededRandom random,
    TimeProvider time) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var started = time.GetTimestamp();
        http.Response.Headers["X-Request-Id"] = random.NewId();
        http.Response.OnStarting(() =>
        {
            var seconds = time.GetElapsedTime(started).TotalSeconds;
            http.Response.Headers["X-Response-Time"] = seconds.ToString("0.000", CultureInfo.InvariantCulture) + "s";
            return Task.CompletedTask;
        });

        var credential = authenticator.Authenticate(http.Request);
        if (credential is null)
            return ApiResults.Error(ApiErrors.InvalidApiKey);

        var limit = options.RateLimitsByCredential.GetValueOrDefault(credential.Id, options.RateLimit);
        var decision = limiter.Take(credential.Name, limit);
        http.Response.Headers["X-Rate-Limit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-Rate-Limit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
        {
            http.Response.Headers["X-Rate-Limit-Reset"] = decision.ResetUnixSeconds.ToString(CultureInfo.InvariantCulture);
            return ApiResults.Error(ApiErrors.RateLimit);
        }

        http.Items[CredentialKey] = credential.Name;
        return await next(context);
    }

    /// <summary>Key of <see cref="HttpContext.Items"/> that holds the authenticated <see cref="Credential.Name"/>.</summary>
    public const string CredentialKey = "SmsCx.Credential";
}
