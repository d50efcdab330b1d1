using SmsCx.Contracts.Text;
using System.Text;
using System.Text.Json.Nodes;
using SmsCx.Contracts;
using SmsCx.Mock.Messaging;
using SmsCx.Mock.Scenarios.Steps;
using YamlDotNet.Core;

namespace SmsCx.Mock.Scenarios;

/// <summary>
/// Reads scenario files: YAML, checked against the schema, then bound to steps with the checks a schema cannot
/// make (one action per step, names used after they are defined, known variables). Every problem is a
/// <see cref="ScenarioFormatException"/> naming the file, line and what was expected.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Largest scenario file read, 1 MiB.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly string[] s_actions =
        ["call", "send", "expect-sent", "outcome", "reply", "click", "opt-out", "expect-webhook", "expect-http", "wait"];

    private static readonly string[] s_methods = ["get", "post", "put", "patch", "delete"];

    private static readonly TimeSpan s_defaultSentWithin = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_defaultWebhookWithin = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan s_defaultHttpWithin = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Expands files and folders (folders: every <c>*.yaml</c> and <c>*.yml</c>, sorted) into file paths.
    /// Throws <see cref="FileNotFoundException"/> for a path that does not exist.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No scenario file or folder at '{path}'.", path);
            }
        }

        return files;
    }

    /// <summary>Reads and checks one file.</summary>
    public static ScenarioDocument LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
            throw new ScenarioFormatException(path, 1, 1, $"file is {length} bytes; scenario files may have at most {MaxFileBytes}");
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw new ScenarioFormatException(path, 1, 1, "the file is not UTF-8 text; save it as UTF-8");
        }

        return Parse(path, text);
    }

    /// <summary>Parses scenario text; <paramref name="file"/> names it in errors.</summary>
    public static ScenarioDocument Parse(string file, string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        JsonNode? root;
        IReadOnlyDictionary<string, Mark> positions;
        try
        {
            (root, positions) = YamlJson.Convert(yaml);
        }
        catch (YamlException ex)
        {
            throw new ScenarioFormatException(file, (int)ex.Start.Line, (int)ex.Start.Column, "not valid YAML: " + Inner(ex).Message);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this, without a position, for some unterminated flow collections.
            throw new ScenarioFormatException(file, 1, 1, $"not valid YAML ({ex.Message}); check for an unclosed {{ or [");
        }

        ScenarioSchema.Validate(file, root, positions);
        return new Binder(file, positions).Bind((JsonObject)root!);
    }

    private static Exception Inner(Exception ex) => ex.InnerException is YamlException inner ? Inner(inner) : ex;

    private sealed class Binder(string file, IReadOnlyDictionary<string, Mark> positions)
    {
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);
        private Dictionary<string, string> _actors = [];

        public ScenarioDocument Bind(JsonObject root)
        {
            _actors = root["actors"] is JsonObject actors
                ? actors.ToDictionary(a => a.Key, a => a.Value!.GetValue<string>(), StringComparer.Ordinal)
                : [];
            var steps = root["steps"]!.AsArray()
                .Select((step, i) => BindStep((JsonObject)step!, $"/steps/{i}"))
                .ToList();
            return new ScenarioDocument(file, root["name"]!.GetValue<string>(), _actors, steps);
        }

        private ScenarioStep BindStep(JsonObject step, string pointer)
        {
            var actions = step.Select(p => p.Key).Where(k => s_actions.Contains(k)).ToList();
            if (actions.Count != 1)
            {
                throw Error(pointer, actions.Count == 0
                    ? $"a step needs one action: {string.Join(", ", s_actions)}"
                    : $"a step has one action, this one has {string.Join(" and ", actions)}; split it into steps");
            }

            var action = actions[0];
            if (step.ContainsKey("expect") && action != "call")
                throw Error(pointer + "/expect", $"'expect' belongs to a 'call' step; for '{action}' use its own keys");

            CheckVariables(step[action], $"{pointer}/{action}");
            var line = Line(pointer);
            var body = step[action];
            return action switch
            {
                "call" => BindCall(line, body!.AsObject(), step["expect"] as JsonObject, $"{pointer}/call"),
                "send" => BindSend(line, body!.AsObject(), $"{pointer}/send"),
                "expect-sent" => BindExpectSent(line, body!.AsObject(), $"{pointer}/expect-sent"),
                "outcome" => BindOutcome(line, body!.AsObject(), $"{pointer}/outcome"),
                "reply" => new CustomerStep(line, CustomerActionKind.Reply, Reference(body!["to"], $"{pointer}/reply/to"), Text(body["text"])),
                "click" => new CustomerStep(line, CustomerActionKind.Click, Reference(body!["message"], $"{pointer}/click/message"), null),
                "opt-out" => new CustomerStep(line, CustomerActionKind.OptOut, Reference(body!["message"], $"{pointer}/opt-out/message"), null),
                "expect-webhook" => BindExpectWebhook(line, body!.AsObject(), $"{pointer}/expect-webhook"),
                "expect-http" => BindExpectHttp(line, body!.AsObject(), $"{pointer}/expect-http"),
                _ => new WaitStep(line, Time(body, TimeSpan.Zero)),
            };
        }

        private CallStep BindCall(int line, JsonObject call, JsonObject? expect, string pointer) =>
            new(line, Target(call, pointer), Int(expect?["status"]), expect?["json"]?.DeepClone(), Text(expect?["body-contains"]));

        private ExpectHttpStep BindExpectHttp(int line, JsonObject body, string pointer)
        {
            var target = Target(body, pointer, body["json-body"]);
            return new ExpectHttpStep(line, target, Int(body["status"]) ?? 200, body["json"]?.DeepClone(),
                Text(body["body-contains"]), Time(body["within"], s_defaultHttpWithin));
        }

        private SendStep BindSend(int line, JsonObject body, string pointer)
        {
            var name = Define(body["as"], pointer + "/as");
            return new SendStep(line, Text(body["to"])!, Text(body["text"])!, Text(body["from"]) ?? "SmsCxTest", name,
                Text(body["dlr-callback-url"]), Int(body["parts"]));
        }

        private ExpectSentStep BindExpectSent(int line, JsonObject body, string pointer) =>
            new(line, Text(body["to"]), Text(body["text-contains"]), Define(body["as"], pointer + "/as"), Time(body["within"], s_defaultSentWithin));

        private OutcomeStep BindOutcome(int line, JsonObject body, string pointer)
        {
            var hasMessage = body.ContainsKey("message");
            if (hasMessage == body.ContainsKey("recipient"))
                throw Error(pointer, "an outcome names either a 'message' (already sent) or a 'recipient' (next SMS to them)");

            if (!MessageStatusTable.TryParse(Text(body["status"]), out var status))
                throw Error(pointer + "/status", "status must be SENT, DELIVERED, FAILED, REJECTED or NO COVERAGE");
            if (hasMessage && status is MessageStatus.Rejected or MessageStatus.NoCoverage)
                throw Error(pointer + "/status", "REJECTED and NO COVERAGE happen at send time: use 'recipient' instead of 'message'");

            var message = hasMessage ? Reference(body["message"], pointer + "/message") : null;
            return new OutcomeStep(line, message, Text(body["recipient"]), status, Int(body["error-code"]), Time(body["after"], TimeSpan.Zero));
        }

        private ExpectWebhookStep BindExpectWebhook(int line, JsonObject body, string pointer)
        {
            var message = body.ContainsKey("message") ? Reference(body["message"], pointer + "/message") : null;
            MessageStatus? status = MessageStatusTable.TryParse(Text(body["status"]), out var parsed) ? parsed : null;
            TimeSpan? ackedWithin = body.ContainsKey("acked-within") ? Time(body["acked-within"], TimeSpan.Zero) : null;
            return new ExpectWebhookStep(line, Text(body["event"])!, message, status, ackedWithin, Time(body["within"], s_defaultWebhookWithin));
        }

        private HttpTarget Target(JsonObject body, string pointer, JsonNode? json = null)
        {
            var methods = s_methods.Where(body.ContainsKey).ToList();
            if (methods.Count != 1)
                throw Error(pointer, "give exactly one of get, post, put, patch or delete with the path, e.g. 'get: /appointments/A-1'");

            var headers = body["headers"] is JsonObject h
                ? h.ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>();
            return new HttpTarget(new HttpMethod(methods[0].ToUpperInvariant()), Text(body[methods[0]])!,
                (json ?? body["json"])?.DeepClone(), headers);
        }

        private string? Define(JsonNode? node, string pointer)
        {
            var name = Text(node);
            if (name is not null && !_names.Add(name))
                throw Error(pointer, $"the name '{name}' is already used by an earlier step; pick another");
            return name;
        }

        private string Reference(JsonNode? node, string pointer)
        {
            var name = Text(node)!;
            if (!_names.Contains(name))
                throw Error(pointer, $"no earlier step names a message '{name}'; name one with 'as: {name}' in a send or expect-sent step");
            return name;
        }

        private void CheckVariables(JsonNode? node, string pointer)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                        CheckVariables(value, $"{pointer}/{YamlJson.Escape(key)}");
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                        CheckVariables(array[i], $"{pointer}/{i}");
                    break;
                case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                    foreach (System.Text.RegularExpressions.Match match in ScenarioContext.Variable().Matches(value.GetValue<string>()))
                    {
                        var name = match.Groups["name"].Value;
                        if (name != "run" && !_actors.ContainsKey(name) && !_names.Contains(name))
                            throw Error(pointer, $"{match.Value} is not an actor, a message named by an earlier step, or ${{run}}");
                    }

                    break;
            }
        }

        private static string? Text(JsonNode? node) => node?.GetValue<string>();

        private static int? Int(JsonNode? node) => node is null ? null : (int)node.GetValue<long>();

        private static TimeSpan Time(JsonNode? node, TimeSpan fallback) =>
            node is not null && DurationText.TryParse(node.GetValue<string>(), out var value) ? value : fallback;

        private int Line(string pointer) => positions.TryGetValue(pointer, out var mark) ? (int)mark.Line : 1;

        private ScenarioFormatException Error(string pointer, string problem)
        {
            var mark = positions.TryGetValue(pointer, out var found) ? found : Mark.Empty;
            return new ScenarioFormatException(file, (int)mark.Line, (int)mark.Column, problem);
        }
    }
}
