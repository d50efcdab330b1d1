using System.Globalization;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SmsCx.Load.Profiles;

/// <summary>
/// Writes a YAML node as JSON text. Plain scalars that read as JSON literals (numbers, <c>true</c>, <c>false</c>,
/// <c>null</c>) stay literals; quoted scalars are always strings, so <c>"+4915112345678"</c> stays a string.
/// </summary>
internal static class YamlJson
{
    private const int MaxDepth = 64;

    public static string Write(YamlNode node, Func<YamlNode, string, Exception> fail)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteNode(writer, node, 0, fail);

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter writer, YamlNode node, int depth, Func<YamlNode, string, Exception> fail)
    {
        if (depth > MaxDepth)
            throw fail(node, $"json nests deeper than {MaxDepth} levels");

        switch (node)
        {
            case YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    writer.WritePropertyName((key as YamlScalarNode)?.Value ?? throw fail(key, "json keys must be single values"));
                    WriteNode(writer, value, depth + 1, fail);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode list:
                writer.WriteStartArray();
                foreach (var item in list.Children)
                    WriteNode(writer, item, depth + 1, fail);

                writer.WriteEndArray();
                break;
            default:
                WriteScalar(writer, (YamlScalarNode)node);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
            writer.WriteStringValue(value);
        else if (value is "null" or "~" or "")
            writer.WriteNullValue();
        else if (value is "true" or "false")
            writer.WriteBooleanValue(value == "true");
        else if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !value.StartsWith('+'))
            writer.WriteNumberValue(number);
        else
            writer.WriteStringValue(value);
    }
}
