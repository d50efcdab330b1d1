using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Serialization;

/// <summary>
/// Reads and writes <see cref="DateTimeOffset"/> in the SMS.CX wire format (see <see cref="SmsCxTime"/>).
/// System.Text.Json's own converter rejects the space-separated form, hence this converter.
/// </summary>
public sealed class SmsCxDateTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (SmsCxTime.TryParse(text, out var value))
            return value;

        throw new JsonException("Expected a date-time as 'yyyy-MM-dd HH:mm:ss' or ISO 8601.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(SmsCxTime.Format(value));
    }
}

/// <summary>Nullable form of <see cref="SmsCxDateTimeConverter"/>; writes JSON <c>null</c> for no value.</summary>
public sealed class SmsCxNullableDateTimeConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly SmsCxDateTimeConverter s_inner = new();

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : s_inner.Read(ref reader, typeof(DateTimeOffset), options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
            writer.WriteNullValue();
        else
            s_inner.Write(writer, value.Value, options);
    }
}
