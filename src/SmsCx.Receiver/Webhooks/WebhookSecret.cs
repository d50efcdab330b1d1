using System.Security.Cryptography;
using System.Text;

namespace SmsCx.Receiver.Webhooks;

/// <summary>Checks the secret path segment of a webhook URL in constant time.</summary>
internal static class WebhookSecret
{
    /// <summary>
    /// True when no secret is configured and none was given, or when both are equal. Both sides are hashed first,
    /// so the comparison takes the same time whatever the lengths.
    /// </summary>
    public static bool Matches(string? configured, string? given)
    {
        if (configured is null)
            return given is null;

        if (given is null)
            return false;

        return CryptographicOperations.FixedTimeEquals(Hash(configured), Hash(given));
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
