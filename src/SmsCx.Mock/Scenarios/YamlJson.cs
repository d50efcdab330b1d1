using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SmsCx.Mock.Scenarios;

/// <summary>
/// Converts a YAML document to a JSON tree and remembers where in the file each JSON value came from (by JSON
/// pointer), so schema errors can name a line. Plain scalars get YAML 1.2 core types (null, bool, int, float);
/// quoted scalars stay strings.
/// </summary>
public static partial class YamlJson
{
    /// <summary>Converts <paramref name="yaml"/>; throws <see cref="YamlException"/> for malformed YAML.</summary>
    public static (JsonNode? Root, IReadOnlyDictionary<string, Mark> Positions) Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var positions = new Dictionary<string, Mark>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0)
            return (null, positions);

        var root = ToJson(stream.Documents[0].RootNode, string.Empty, positions);
        return (root, positions);
    }

    private static JsonNode? ToJson(YamlNode node, string pointer, Dictionary<string, Mark> positions)
    {
        positions[pointer] = node.Start;
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
                    obj[key] = ToJson(valueNode, pointer + "/" + Escape(key), positions);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                    array.Add(ToJson(sequence.Children[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), positions));
                return array;
            case YamlScalarNode scalar:
                return ScalarToJson(scalar);
            default:
                throw new YamlException(node.Start, node.End, "Aliases and other YAML node kinds are not supported.");
        }
    }

    private static JsonValue? ScalarToJson(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
            return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL")
            return null;
        if (value is "true" or "True" or "TRUE")
            return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE")
            return JsonValue.Create(false);
        if (IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return JsonValue.Create(integer);
        if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return JsonValue.Create(number);
        return JsonValue.Create(value);
    }

    /// <summary>Escapes one JSON pointer segment (RFC 6901).</summary>
    public static string Escape(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
