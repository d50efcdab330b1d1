using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmsCx.Mock.Scenarios;

/// <summary>
/// Checks that an answer contains an expected JSON subset: every expected member exists with a matching value;
/// every expected array element matches some element of the actual array; numbers compare by value and a YAML
/// scalar matches a JSON string of the same text.
/// </summary>
public static class JsonSubset
{
    /// <summary>Returns <see langword="null"/> when <paramref name="actual"/> contains <paramref name="expected"/>, else why not.</summary>
    public static string? Mismatch(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path} expected null but was {Show(actual)}";
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                    return $"{path} expected an object but was {Show(actual)}";
                foreach (var (name, value) in expectedObject)
                {
                    if (!actualObject.TryGetPropertyValue(name, out var member))
                        return $"{path}.{name} is missing";
                    if (Mismatch(value, member, $"{path}.{name}") is { } problem)
                        return problem;
                }

                return null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                    return $"{path} expected an array but was {Show(actual)}";
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    if (!actualArray.Any(element => Mismatch(expectedArray[i], element) is null))
                        return $"{path} has no element matching {Show(expectedArray[i])}";
                }

                return null;
            default:
                return ScalarsMatch(expected.AsValue(), actual) ? null : $"{path} expected {Show(expected)} but was {Show(actual)}";
        }
    }

    private static bool ScalarsMatch(JsonValue expected, JsonNode? actual)
    {
        if (actual is not JsonValue actualValue)
            return false;
        var expectedKind = expected.GetValueKind();
        var actualKind = actualValue.GetValueKind();
        if (expectedKind == JsonValueKind.Number && actualKind == JsonValueKind.Number)
            return Number(expected) == Number(actualValue);
        return string.Equals(Text(expected), Text(actualValue), StringComparison.Ordinal);
    }

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => Number(value).ToString(CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };

    // A JsonValue may wrap a long, a double or a JsonElement; its JSON text reads the same for all of them.
    private static decimal Number(JsonValue value) =>
        decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Short text of a node for failure messages.</summary>
    public static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "…");
    }
}
