using System.Globalization;

namespace SmsCx.Contracts.Text;

/// <summary>
/// Durations as people write them in scenario files, load profiles and command-line options: a number and a unit,
/// <c>500ms</c>, <c>1.5s</c>, <c>1m</c>, <c>2h</c>. Shared so every part of the harness reads them the same way.
/// </summary>
public static class DurationText
{
    /// <summary>
    /// Parses <paramref name="text"/>; returns <see langword="false"/> for anything that is not a non-negative
    /// duration a <see cref="TimeSpan"/> can hold.
    /// </summary>
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

        var milliseconds = amount * unit;
        if (milliseconds >= TimeSpan.MaxValue.TotalMilliseconds)
            return false;

        value = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    /// <summary>Formats a duration for people: <c>350 ms</c> below a second, else <c>2.4 s</c>.</summary>
    public static string Format(TimeSpan value) => value < TimeSpan.FromSeconds(1)
        ? $"{value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
        : $"{value.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
}
