using System.Text.Json;
using System.Text.RegularExpressions;

namespace SmsCx.Contract.Tests.Mock;

/// <summary>
/// An independently written, strict reader of SMS.CX answers: it checks every field's presence, JSON type,
/// enum value, length and id format the way the official SDKs validate responses, and rejects unknown fields.
/// It deliberately does not use the project's contract types.
/// </summary>
internal static partial class StrictSmsCxClient
{
    private static readonly string[] s_sendStatuses = ["ACCEPTED", "SCHEDULED", "REJECTED", "NO COVERAGE"];
    private static readonly string[] s_reportStatuses = ["ACCEPTED", "SENT", "DELIVERED", "FAILED", "SCHEDULED", "REJECTED", "NO COVERAGE"];

    /// <summary>Returns every violation in a <c>POST /sms</c> answer; empty when the SDKs would accept it.</summary>
    public static List<string> CheckSendResponse(JsonElement root)
    {
        var problems = new List<string>();
        Only(root, "$", problems, "info", "data");
        var info = Required(root, "info", JsonValueKind.Object, "$", problems);
        if (info is { } i)
        {
            Only(i, "$.info", problems, "campaignId", "totalPhoneNumbers", "totalValid", "totalInvalid", "totalCost",
                "totalParts", "dlrCallbackUrl", "phoneNumbersByCountry", "scheduled", "totalInQuietHours", "invalid",
                "transliterationAnalysis");
            Uuid(Required(i, "campaignId", JsonValueKind.String, "$.info", problems), "$.info.campaignId", problems);
            foreach (var name in new[] { "totalPhoneNumbers", "totalValid", "totalInvalid", "totalParts" })
                Integer(Required(i, name, JsonValueKind.Number, "$.info", problems), $"$.info.{name}", problems);
            Required(i, "totalCost", JsonValueKind.Number, "$.info", problems);
            RequiredNullable(i, "dlrCallbackUrl", JsonValueKind.String, "$.info", problems);
            if (Required(i, "phoneNumbersByCountry", JsonValueKind.Object, "$.info", problems) is { } map)
            {
                foreach (var entry in map.EnumerateObject())
                {
                    if (entry.Name.Length != 2 || entry.Value.ValueKind != JsonValueKind.Number)
                        problems.Add($"$.info.phoneNumbersByCountry.{entry.Name} must map an ISO code to an integer");
                }
            }

            Required(i, "scheduled", JsonValueKind.True, "$.info", problems, JsonValueKind.False);
            Optional(i, "totalInQuietHours", JsonValueKind.Number, "$.info", problems);
            if (Optional(i, "invalid", JsonValueKind.Array, "$.info", problems) is { } invalid
                && invalid.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                problems.Add("$.info.invalid must hold strings");
            }
        }

        if (Required(root, "data", JsonValueKind.Array, "$", problems) is { } data)
        {
            var index = 0;
            foreach (var item in data.EnumerateArray())
                CheckSentMessage(item, $"$.data[{index++}]", problems);
        }

        return problems;
    }

    /// <summary>Returns every violation in a <c>GET /reports/single/{msgId}</c> answer.</summary>
    public static List<string> CheckReport(JsonElement root)
    {
        var problems = new List<string>();
        Only(root, "$", problems, "data");
        if (Required(root, "data", JsonValueKind.Object, "$", problems) is not { } d)
            return problems;

        Only(d, "$.data", problems, "msgId", "status", "statusCode", "errorCode", "inQuietHours", "createdAt", "updatedAt",
            "scheduledAt", "cost", "to", "countryIso", "from", "text", "source", "channel", "textAnalysis");
        Uuid(Required(d, "msgId", JsonValueKind.String, "$.data", problems), "$.data.msgId", problems);
        Enum(Required(d, "status", JsonValueKind.String, "$.data", problems), s_reportStatuses, "$.data.status", problems);
        Integer(Required(d, "statusCode", JsonValueKind.Number, "$.data", problems), "$.data.statusCode", problems);
        RequiredNullable(d, "errorCode", JsonValueKind.Number, "$.data", problems);
        Required(d, "inQuietHours", JsonValueKind.True, "$.data", problems, JsonValueKind.False);
        DateTime(Required(d, "createdAt", JsonValueKind.String, "$.data", problems), "$.data.createdAt", problems);
        RequiredNullable(d, "updatedAt", JsonValueKind.String, "$.data", problems);
        Required(d, "cost", JsonValueKind.Number, "$.data", problems);
        Required(d, "to", JsonValueKind.String, "$.data", problems);
        Length(Required(d, "countryIso", JsonValueKind.String, "$.data", problems), 2, 2, "$.data.countryIso", problems);
        Required(d, "from", JsonValueKind.String, "$.data", problems);
        Required(d, "text", JsonValueKind.String, "$.data", problems);
        Enum(Required(d, "source", JsonValueKind.String, "$.data", problems), ["api", "webapp", "smpp", "plugin", "alerts", "excel"], "$.data.source", problems);
        Enum(Required(d, "channel", JsonValueKind.String, "$.data", problems), ["sms", "viber", "whatsapp"], "$.data.channel", problems);
        TextAnalysis(Required(d, "textAnalysis", JsonValueKind.Object, "$.data", problems), "$.data.textAnalysis", problems);
        return problems;
    }

    /// <summary>Returns every violation in an error answer (the envelope the SDKs parse on every non-2xx).</summary>
    public static List<string> CheckError(JsonElement root)
    {
        var problems = new List<string>();
        Only(root, "$", problems, "error", "invalid");
        if (Required(root, "error", JsonValueKind.Object, "$", problems) is { } e)
        {
            Only(e, "$.error", problems, "type", "message", "uri", "code", "invalid");
            Required(e, "type", JsonValueKind.String, "$.error", problems);
            Required(e, "message", JsonValueKind.String, "$.error", problems);
            Required(e, "uri", JsonValueKind.String, "$.error", problems);
            Integer(Required(e, "code", JsonValueKind.Number, "$.error", problems), "$.error.code", problems);
        }

        return problems;
    }

    private static void CheckSentMessage(JsonElement item, string path, List<string> problems)
    {
        Only(item, path, problems, "msgId", "trackData", "status", "statusCode", "errorCode", "createdAt", "scheduledAt",
            "inQuietHours", "cost", "to", "countryIso", "from", "text", "parts", "textAnalysis", "timezone");
        Uuid(Required(item, "msgId", JsonValueKind.String, path, problems), path + ".msgId", problems);
        Uuid(Optional(item, "trackData", JsonValueKind.String, path, problems), path + ".trackData", problems);
        Enum(Required(item, "status", JsonValueKind.String, path, problems), s_sendStatuses, path + ".status", problems);
        Integer(Required(item, "statusCode", JsonValueKind.Number, path, problems), path + ".statusCode", problems);
        RequiredNullable(item, "errorCode", JsonValueKind.Number, path, problems);
        DateTime(Required(item, "createdAt", JsonValueKind.String, path, problems), path + ".createdAt", problems);
        Required(item, "inQuietHours", JsonValueKind.True, path, problems, JsonValueKind.False);
        Required(item, "cost", JsonValueKind.Number, path, problems);
        Required(item, "to", JsonValueKind.String, path, problems);
        Length(Required(item, "countryIso", JsonValueKind.String, path, problems), 2, 2, path + ".countryIso", problems);
        Length(Required(item, "from", JsonValueKind.String, path, problems), 3, 15, path + ".from", problems);
        Optional(item, "text", JsonValueKind.String, path, problems);
        if (Required(item, "parts", JsonValueKind.Number, path, problems) is { } parts && parts.GetInt32() < 1)
            problems.Add(path + ".parts must be at least 1");
        TextAnalysis(Optional(item, "textAnalysis", JsonValueKind.Object, path, problems), path + ".textAnalysis", problems);
    }

    private static void TextAnalysis(JsonElement? analysis, string path, List<string> problems)
    {
        if (analysis is not { } a)
            return;
        Only(a, path, problems, "length", "unicode", "parts");
        Integer(Required(a, "length", JsonValueKind.Number, path, problems), path + ".length", problems);
        Required(a, "unicode", JsonValueKind.True, path, problems, JsonValueKind.False);
        if (Required(a, "parts", JsonValueKind.Number, path, problems) is { } parts && parts.GetInt32() < 1)
            problems.Add(path + ".parts must be at least 1");
    }

    private static JsonElement? Required(
        JsonElement parent, string name, JsonValueKind kind, string path, List<string> problems, JsonValueKind? alternative = null)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            problems.Add($"{path}.{name} is required");
            return null;
        }

        if (value.ValueKind != kind && value.ValueKind != alternative)
        {
            problems.Add($"{path}.{name} must be {kind} but is {value.ValueKind}");
            return null;
        }

        return value;
    }

    private static void RequiredNullable(JsonElement parent, string name, JsonValueKind kind, string path, List<string> problems) =>
        Required(parent, name, kind, path, problems, JsonValueKind.Null);

    private static JsonElement? Optional(JsonElement parent, string name, JsonValueKind kind, string path, List<string> problems) =>
        parent.TryGetProperty(name, out _) ? Required(parent, name, kind, path, problems) : null;

    private static void Only(JsonElement element, string path, List<string> problems, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return;
        foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
            problems.Add($"{path}.{property.Name} is not part of the API schema");
    }

    private static void Uuid(JsonElement? value, string path, List<string> problems)
    {
        if (value is { } v && !LowerUuid().IsMatch(v.GetString()!))
            problems.Add($"{path} must be a lower-case hyphenated UUID but is {v.GetString()}");
    }

    private static void Integer(JsonElement? value, string path, List<string> problems)
    {
        if (value is { } v && !v.TryGetInt64(out _))
            problems.Add($"{path} must be an integer but is {v.GetRawText()}");
    }

    private static void Enum(JsonElement? value, string[] allowed, string path, List<string> problems)
    {
        if (value is { } v && !allowed.Contains(v.GetString()))
            problems.Add($"{path} must be one of {string.Join(", ", allowed)} but is {v.GetString()}");
    }

    private static void Length(JsonElement? value, int min, int max, string path, List<string> problems)
    {
        if (value is { } v && v.GetString()!.Length is var n && (n < min || n > max))
            problems.Add($"{path} must have {min} to {max} characters but has {n}");
    }

    private static void DateTime(JsonElement? value, string path, List<string> problems)
    {
        if (value is { } v && !WireDate().IsMatch(v.GetString()!))
            problems.Add($"{path} must be 'yyyy-MM-dd HH:mm:ss' but is {v.GetString()}");
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex LowerUuid();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")]
    private static partial Regex WireDate();
}
