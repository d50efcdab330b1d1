using System.Globalization;

namespace SmsCx.Contracts.Serialization;

/// <summary>
/// Formats and parses SMS.CX timestamps. The API documents only <c>yyyy-MM-dd HH:mm:ss</c> (UTC); the SDKs also
/// send ISO 8601 with or without an offset. A timestamp without a zone is read as UTC, whatever the machine's zone.
/// </summary>
public static class SmsCxTime
{
    /// <summary>The documented wire format, <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public const string WireFormat = "yyyy-MM-dd HH:mm:ss";

    private static readonly string[] s_formats =
    [
        WireFormat,
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK",
    ];

    /// <summary>Formats <paramref name="value"/> in UTC as <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses the documented format or ISO 8601. Returns <see langword="false"/> for anything else,
    /// including an empty string.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;

        return DateTimeOffset.TryParseExact(
            text.Trim(),
            s_formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
    }
}
