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
    /// <summary>Deepest nesting accepted; deeper documents are refused rather than risking the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes accepted in one document.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>
    /// Converts the single document of <paramref name="yaml"/>. Throws <see cref="YamlException"/> for malformed
    /// YAML and also for what a scenario must not contain: several documents, anchors reused through aliases
    /// (they can expand exponentially), nesting deeper than <see cref="MaxDepth"/> or more than
    /// <see cref="MaxNodes"/> nodes.
    /// </summary>
    public static (JsonNode? Root, IReadOnlyDictionary<string, Mark> Positions) Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var positions = new Dictionary<string, Mark>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0)
            return (null, positions);
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            throw new YamlException(second.Start, second.End, "a scenario file holds one YAML document; put each scenario in a file of its own");
        }

        var root = new Converter(positions).ToJson(stream.Documents[0].RootNode, string.Empty, 0);
        return (root, positions);
    }

    private sealed class Converter(Dictionary<string, Mark> positions)
    {
        private readonly HashSet<YamlNode> _seen = new(ReferenceEqualityComparer.Instance);

        public JsonNode? ToJson(YamlNode node, string pointer, int depth)
        {
            if (depth > MaxDepth)
                throw new YamlException(node.Start, node.End, $"nesting deeper than {MaxDepth} levels is not accepted");
            if (!_seen.Add(node))
                throw new YamlException(node.Start, node.End, "YAML aliases (*name) are not accepted in scenario files; write the value out");
            if (_seen.Count > MaxNodes)
                throw new YamlException(node.Start, node.End, $"more than {MaxNodes} values in one file");

            positions[pointer] = node.Start;
            switch (node)
            {
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var (keyNode, valueNode) in mapping.Children)
                    {
                        if (keyNode is not YamlScalarNode { Value: { } key })
                            throw new YamlException(keyNode.Start, keyNode.End, "keys must be plain text");
                        obj[key] = ToJson(valueNode, pointer + "/" + Escape(key), depth + 1);
                    }

                    return obj;
                case YamlSequenceNode sequence:
                    var array = new JsonArray();
                    for (var i = 0; i < sequence.Children.Count; i++)
                        array.Add(ToJson(sequence.Children[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), depth + 1));
                    return array;
                case YamlScalarNode scalar:
                    return ScalarToJson(scalar);
                default:
                    throw new YamlException(node.Start, node.End, "this kind of YAML node is not accepted in scenario files");
            }
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
