using System.Text;

namespace SmsCx.Receiver.Webhooks;

/// <summary>Turns <see cref="ReceiverOptions.SigningSecret"/> into the HMAC key.</summary>
internal static class WebhookSigningKey
{
    private const string StandardPrefix = "whsec_";

    /// <summary>
    /// The key bytes: Base64-decoded after a <c>whsec_</c> prefix, else the UTF-8 bytes; <see langword="null"/> for an
    /// empty secret or bad Base64.
    /// </summary>
    public static byte[]? TryCreate(string secret)
    {
        if (string.IsNullOrEmpty(secret))
            return null;

        if (!secret.StartsWith(StandardPrefix, StringComparison.Ordinal))
            return Encoding.UTF8.GetBytes(secret);

        var encoded = secret[StandardPrefix.Length..];
        var buffer = new byte[encoded.Length];
        return encoded.Length > 0 && Convert.TryFromBase64String(encoded, buffer, out var written)
            ? buffer[..written]
            : null;
    }
}
