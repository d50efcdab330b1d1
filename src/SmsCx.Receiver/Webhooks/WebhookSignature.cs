using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SmsCx.Receiver.Webhooks;

/// <summary>
/// Verifies a Standard Webhooks signature: <c>webhook-signature</c> holds one or more space-separated
/// <c>v1,{base64}</c> entries, each an HMAC-SHA256 of <c>{webhook-id}.{webhook-timestamp}.{raw body}</c>.
/// </summary>
internal static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    private const string Version = "v1,";
    private const int MaxIdLength = 256;

    /// <summary>
    /// Null when the request is signed with <paramref name="key"/> within <paramref name="tolerance"/> of
    /// <paramref name="now"/>; otherwise why not, naming no secret.
    /// </summary>
    public static string? Check(
        IHeaderDictionary headers, ReadOnlySpan<byte> body, byte[] key, DateTimeOffset now, TimeSpan tolerance)
    {
        string id = headers[IdHeader].ToString(), timestamp = headers[TimestampHeader].ToString();
        if (id.Length is 0 or > MaxIdLength || timestamp.Length == 0)
            return "missing webhook-id or webhook-timestamp";

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
            return "webhook-timestamp outside the tolerance";

        var expected = Sign(key, id, timestamp, body);
        foreach (var entry in headers[SignatureHeader].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.StartsWith(Version, StringComparison.Ordinal) && Equal(expected, entry[Version.Length..]))
                return null;
        }

        return "no matching webhook-signature";
    }

    /// <summary>The signature bytes of a request, as a sender computes them.</summary>
    public static byte[] Sign(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, content);
    }

    private static bool Equal(byte[] expected, string given)
    {
        var buffer = new byte[expected.Length + 3];
        return Convert.TryFromBase64String(given, buffer, out var written)
            && CryptographicOperations.FixedTimeEquals(expected, buffer.AsSpan(0, written));
    }
}
