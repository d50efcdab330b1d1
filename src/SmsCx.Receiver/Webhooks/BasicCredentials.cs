using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace SmsCx.Receiver.Webhooks;

/// <summary>Checks an <c>Authorization: Basic</c> header against the configured user and password.</summary>
internal static class BasicCredentials
{
    /// <summary>
    /// True when <paramref name="authorization"/> is <c>Basic base64(user:password)</c> with both equal to the
    /// configured values. The whole decoded pair is compared in constant time after hashing, so neither its length
    /// nor the position of a difference shows in the timing.
    /// </summary>
    public static bool Matches(string user, string password, string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
            return false;

        var decoded = new byte[header.Parameter.Length];
        if (!Convert.TryFromBase64String(header.Parameter, decoded, out var written))
            return false;

        var expected = SHA256.HashData(Encoding.UTF8.GetBytes($"{user}:{password}"));
        return CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(decoded.AsSpan(0, written)));
    }
}
