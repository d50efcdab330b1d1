using System.Globalization;

namespace SmsCx.Load.Profiles;

/// <summary>Parses durations written as a number and a unit: <c>500ms</c>, <c>1.5s</c>, <c>1m</c>, <c>2h</c>.</summary>
public static class DurationText
{
    /// <summary>Parses <paramref name="text"/>; returns <see langword="false"/> when it is not a non-negative duration.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
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
}
