namespace SmsCx.Receiver.Domain;

/// <summary>
/// Tells link-preview fetchers and crawlers apart from people: a hit is a bot when its browser, operating system
/// or device names a bot, crawler, spider or preview fetcher (for example <c>Googlebot</c>,
/// <c>facebookexternalhit</c>, <c>Slackbot-LinkExpanding</c>, <c>WhatsApp link preview</c>). Pure and thread-safe.
/// </summary>
public static class BotDetector
{
    private static readonly string[] s_markers =
        ["bot", "crawler", "crawl", "spider", "preview", "facebookexternalhit", "slurp", "headless", "scanner"];

    /// <summary>True when any of the given descriptions names a bot; null or empty descriptions are ignored.</summary>
    public static bool IsBot(params string?[] descriptions)
    {
        ArgumentNullException.ThrowIfNull(descriptions);
        return descriptions.Any(d => !string.IsNullOrEmpty(d)
            && s_markers.Any(marker => d.Contains(marker, StringComparison.OrdinalIgnoreCase)));
    }
}
