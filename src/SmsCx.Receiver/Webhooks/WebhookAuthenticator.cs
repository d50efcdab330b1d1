using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SmsCx.Receiver.Webhooks;

/// <summary>
/// Applies the configured webhook checks: the secret path segment and Basic credentials before the body is read,
/// the signature over the raw body after. Each configured check must pass; none configured accepts every request.
/// </summary>
internal sealed class WebhookAuthenticator(IOptions<ReceiverOptions> options, TimeProvider time)
{
    private readonly byte[]? _signingKey = options.Value.SigningSecret is { } secret
        ? WebhookSigningKey.TryCreate(secret)
        : null;

    /// <summary>Null when the request's URL and headers pass; otherwise which check failed.</summary>
    public string? CheckRequest(HttpRequest request, string? pathSecret)
    {
        var settings = options.Value;
        if (!WebhookSecret.Matches(settings.Secret, pathSecret))
            return "wrong or missing secret path segment";

        if (settings.BasicAuthUser is { } user
            && !BasicCredentials.Matches(user, settings.BasicAuthPassword ?? string.Empty,
                request.Headers.Authorization.ToString()))
            return "wrong or missing Basic credentials";

        return null;
    }

    /// <summary>Null when no signing secret is set or the body is signed with it; otherwise why not.</summary>
    public string? CheckBody(HttpRequest request, ReadOnlySpan<byte> body) =>
        _signingKey is null
            ? null
            : WebhookSignature.Check(request.Headers, body, _signingKey, time.GetUtcNow(),
                options.Value.SignatureTolerance);
}
