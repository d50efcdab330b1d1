using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;

namespace SmsCx.Mock.Scenarios;

/// <summary>
/// Validates a scenario's JSON tree against <c>scenarios/schema.json</c> (embedded) and turns the first
/// violation into a <see cref="ScenarioFormatException"/> that names the line.
/// </summary>
public static class ScenarioSchema
{
    private static readonly Lazy<JsonSchema> s_schema = new(Load);

    /// <summary>The schema's text, as shipped.</summary>
    public static string Text { get; } = ReadText();

    /// <summary>Throws <see cref="ScenarioFormatException"/> for the first violation, if any.</summary>
    public static void Validate(string file, JsonNode? root, IReadOnlyDictionary<string, Mark> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var result = s_schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
            return;

        var failure = result.Details
            .Where(d => d.HasErrors && d.Errors is not null)
            .OrderByDescending(d => d.InstanceLocation.Count)
            .First();
        var pointer = failure.InstanceLocation.ToString();
        var mark = Locate(pointer, positions);
        var message = Describe(pointer, failure.Errors!.First(), root);
        throw new ScenarioFormatException(file, (int)mark.Line, (int)mark.Column, message);
    }

    private static string Describe(string pointer, KeyValuePair<string, string> error, JsonNode? root)
    {
        var where = pointer.Length == 0 ? "the file" : pointer;
        var value = Find(root, pointer);
        var hint = error.Key == "type" && value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? " (put phone numbers and other digit strings in quotes)"
            : string.Empty;
        if (error.Key == "pattern" && value is JsonValue text && pointer.Split('/')[^1] is "wait" or "within" or "acked-within" or "after")
            return $"{where}: '{text}' is not a duration; write a number and a unit such as 500ms, 2s, 1m or 1h";
        if (error.Key == "pattern" && pointer.Split('/')[^1] is "get" or "post" or "put" or "patch" or "delete")
            return $"{where}: a path on the app starting with / (e.g. /appointments), not a full URL";

        // additionalProperties: false reports the offending member itself as failing "the false schema".
        if (error.Value.Contains("false schema", StringComparison.Ordinal))
            return $"unknown key '{pointer[(pointer.LastIndexOf('/') + 1)..]}' in {Parent(pointer)}; see scenarios/schema.json for the keys allowed there";
        return $"{where}: {error.Value}{hint}";
    }

    private static string Parent(string pointer)
    {
        var cut = pointer.LastIndexOf('/');
        return cut <= 0 ? "the file" : pointer[..cut];
    }

    private static JsonNode? Find(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[key],
                JsonArray array when int.TryParse(key, out var i) && i < array.Count => array[i],
                _ => null,
            };
        }

        return node;
    }

    private static Mark Locate(string pointer, IReadOnlyDictionary<string, Mark> positions)
    {
        for (var current = pointer; ; current = current[..current.LastIndexOf('/')])
        {
            if (positions.TryGetValue(current, out var mark))
                return mark;
            if (current.Length == 0)
                return Mark.Empty;
        }
    }

    private static string ReadText()
    {
        using var stream = typeof(ScenarioSchema).Assembly.GetManifestResourceStream("SmsCx.Mock.Scenarios.schema.json")
            ?? throw new InvalidOperationException("The scenario schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSchema Load() => JsonSchema.FromText(Text);
}
