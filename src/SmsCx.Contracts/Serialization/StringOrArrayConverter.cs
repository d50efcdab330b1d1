using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Serialization;

/// <summary>
/// Reads a JSON string or an array of strings into a list. The SDK schema sends <c>to</c> as an array,
/// the knowledge-center example as one string; the API accepts both. Always writes an array.
/// </summary>
public sealed class StringOrArrayConverter : JsonConverter<List<string>>
{
    /// <inheritdoc />
    public override List<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return [reader.GetString()!];
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                        throw new JsonException("Expected every phone number to be a string.");
                    items.Add(reader.GetString()!);
                }

                return items;
            default:
                throw new JsonException("Expected a phone number string or an array of phone number strings.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
            writer.WriteStringValue(item);
        writer.WriteEndArray();
    }
}
