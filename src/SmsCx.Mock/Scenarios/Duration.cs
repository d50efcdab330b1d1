using System.Globalization;

namespace SmsCx.Mock.Scenarios;

/// <summary>
/// Parses durations: a number followed by <c>ms</c>, <c>s</c>, <c>m</c> or <c>h</c> (e.g. <c>500ms</c>, <c>1.5s</c>,
/// <c>2h</c>), as scenario files and command-line options write them.
/// </summary>
public static class Duration
{
    /// <summary>Parses <paramref name="text"/>; returns <see langword="false"/> when it is not a duration.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;

        var (digits, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 1.0)
            : text.EndsWith('s') ? (text[..^1], 1000.0)
            : text.EndsWith('m') ? (text[..^1], 60_000.0)
            : text.EndsWith('h') ? (text[..^1], 3_600_000.0)
            : (string.Empty, 0.0);
        if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            return false;

        value = TimeSpan.FromMilliseconds(amount * unit);
        return true;
    }

    /// <summary>Formats a duration for step output: <c>350 ms</c> or <c>2.4 s</c>.</summary>
    public static string Format(TimeSpan value) => value < TimeSpan.FromSeconds(1)
        ? $"{value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
        : $"{value.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
}
