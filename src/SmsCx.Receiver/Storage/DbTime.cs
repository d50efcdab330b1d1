using System.Globalization;

namespace SmsCx.Receiver.Storage;

/// <summary>Timestamps are stored as round-trip ISO 8601 text in UTC so they sort and compare as text.</summary>
internal static class DbTime
{
    public static string Write(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
