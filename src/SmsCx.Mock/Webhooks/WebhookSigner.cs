using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmsCx.Mock.Webhooks;

/// <summary>
/// Signs webhook requests in the Standard Webhooks style: HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c>,
/// sent as <c>webhook-signature: v1,BASE64</c> beside <c>webhook-id</c> and <c>webhook-timestamp</c>.
/// </summary>
public static class WebhookSigner
{
    /// <summary>The <c>whsec_</c> prefix of base64 secrets.</summary>
    public const string SecretPrefix = "whsec_";

    /// <summary>
    /// The key bytes of <paramref name="secret"/>: base64 after a <c>whsec_</c> prefix, else UTF-8. Throws
    /// <see cref="ArgumentException"/> for a <c>whsec_</c> secret that is not base64.
    /// </summary>
    public static byte[]? KeyOf(string? secret)
    {
        if (secret is null)
            return null;
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
            return Encoding.UTF8.GetBytes(secret);
        try
        {
            return Convert.FromBase64String(secret[SecretPrefix.Length..]);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("Webhooks.SigningSecret starts with whsec_ but the rest is not base64.", ex);
        }
    }

    /// <summary>The <c>webhook-signature</c> value for one request.</summary>
    public static string Sign(byte[] key, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(key);
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp.ToString(CultureInfo.InvariantCulture)}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
