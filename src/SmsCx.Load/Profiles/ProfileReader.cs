using SmsCx.Contracts.Text;
using System.Globalization;
using SmsCx.Load.Http;
using SmsCx.Load.Simulations;
using SmsCx.Load.Thresholds;
using YamlDotNet.RepresentationModel;

namespace SmsCx.Load.Profiles;

/// <summary>Turns a profile's YAML tree into a <see cref="LoadProfile"/>, failing at the first problem with its line.</summary>
internal sealed class ProfileReader(string source)
{
    private static readonly string[] s_profileKeys = ["target", "timeout", "max-in-flight", "thresholds", "scenarios"];
    private static readonly string[] s_scenarioKeys = ["name", "request", "load", "thresholds"];
    private static readonly string[] s_requestKeys = ["method", "path", "headers", "json"];
    private static readonly string[] s_loadKeys = ["constant-rate", "ramping-rate", "concurrency", "duration", "warm-up"];

    public LoadProfile Read(YamlNode root)
    {
        var map = Mapping(root, "the profile");
        Known(map, s_profileKeys);
        var shared = Thresholds(Optional(map, "thresholds"));
        var list = Required(map, "scenarios");
        var scenarios = Sequence(list, "scenarios").Select(node => Scenario(node, shared)).ToList();
        if (scenarios.Count == 0)
            throw Fail(list, "scenarios needs at least one scenario");
        if (scenarios.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw Fail(map, $"scenario name '{duplicate.Key}' is used twice");

        return new LoadProfile
        {
            Target = Url(Required(map, "target")),
            Scenarios = scenarios,
            Timeout = Optional(map, "timeout") is { } timeout ? Duration(timeout, "timeout", positive: true) : TimeSpan.FromSeconds(30),
            MaxInFlight = Optional(map, "max-in-flight") is { } max ? (int)Number(max, "max-in-flight", 1, 1_000_000) : 10_000,
        };
    }

    private ProfileScenario Scenario(YamlNode node, IReadOnlyList<Threshold> shared)
    {
        var map = Mapping(node, "a scenario");
        Known(map, s_scenarioKeys);
        var name = Text(Required(map, "name"), "name");
        var own = Thresholds(Optional(map, "thresholds"));
        return new ProfileScenario(name, Request(Required(map, "request")), Load(Required(map, "load")), [.. shared, .. own]);
    }

    private HttpRequestSpec Request(YamlNode node)
    {
        var map = Mapping(node, "request");
        Known(map, s_requestKeys);
        var method = Optional(map, "method") is { } m ? Text(m, "method").ToUpperInvariant() : "GET";
        if (method is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE" or "HEAD"))
            throw Fail(map, $"method must be GET, POST, PUT, PATCH, DELETE or HEAD, not '{method}'");

        var pathNode = Required(map, "path");
        var path = Text(pathNode, "path");
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
            throw Fail(pathNode, $"path must start with a single '/' (it is relative to the target), not '{path}'");

        var json = Optional(map, "json") is { } body ? YamlJson.Write(body, Fail) : null;
        return new HttpRequestSpec(method, path, json, Headers(Optional(map, "headers")));
    }

    private Dictionary<string, string> Headers(YamlNode? node)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (node is null)
            return headers;

        foreach (var (key, value) in Mapping(node, "headers").Children)
            headers[Text(key, "a header name")] = Text(value, "a header value");

        return headers;
    }

    private LoadSimulation Load(YamlNode node)
    {
        var map = Mapping(node, "load");
        Known(map, s_loadKeys);
        var duration = Duration(Required(map, "duration"), "duration", positive: true);
        var warmUp = Optional(map, "warm-up") is { } w ? Duration(w, "warm-up", positive: false) : TimeSpan.Zero;
        if (Optional(map, "constant-rate") is { } rate)
            return new ConstantRate(Number(rate, "constant-rate", 0.001, 1_000_000), duration) { WarmUp = warmUp };
        if (Optional(map, "concurrency") is { } copies)
            return new ConstantConcurrency((int)Number(copies, "concurrency", 1, 100_000), duration) { WarmUp = warmUp };
        if (Optional(map, "ramping-rate") is { } ramp)
            return Ramp(ramp, duration, warmUp);

        throw Fail(map, "load needs one of constant-rate: N, ramping-rate: { from: A, to: B } or concurrency: N");
    }

    private RampingRate Ramp(YamlNode node, TimeSpan duration, TimeSpan warmUp)
    {
        var map = Mapping(node, "ramping-rate");
        Known(map, ["from", "to"]);
        var from = Number(Required(map, "from"), "from", 0, 1_000_000);
        var to = Number(Required(map, "to"), "to", 0, 1_000_000);
        if (from + to <= 0)
            throw Fail(map, "ramping-rate needs from or to above 0");

        return new RampingRate(from, to, duration) { WarmUp = warmUp };
    }

    private List<Threshold> Thresholds(YamlNode? node)
    {
        if (node is null)
            return [];

        return [.. Sequence(node, "thresholds").Select(item =>
            Threshold.TryParse(Text(item, "a threshold"), out var threshold, out var error) ? threshold : throw Fail(item, error))];
    }

    private Uri Url(YamlNode node)
    {
        var text = Text(node, "target");
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            return text.EndsWith('/') ? url : new Uri(text + "/");

        throw Fail(node, $"target must be an absolute http or https URL such as http://127.0.0.1:5080/, not '{text}'");
    }

    private TimeSpan Duration(YamlNode node, string what, bool positive)
    {
        var text = Text(node, what);
        if (DurationText.TryParse(text, out var value) && (!positive || value > TimeSpan.Zero))
            return value;

        throw Fail(node, $"{what} needs a {(positive ? "positive " : string.Empty)}duration such as 500ms, 10s or 1m, not '{text}'");
    }

    private double Number(YamlNode node, string what, double min, double max)
    {
        var text = Text(node, what);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;

        throw Fail(node, string.Create(CultureInfo.InvariantCulture, $"{what} needs a number from {min} to {max}, not '{text}'"));
    }

    private string Text(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Fail(node, $"{what} must be a single value");

    private YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Fail(node, $"{what} must be a mapping (key: value lines)");

    private IEnumerable<YamlNode> Sequence(YamlNode node, string what) =>
        (node as YamlSequenceNode ?? throw Fail(node, $"{what} must be a list")).Children;

    private YamlNode Required(YamlMappingNode map, string key) =>
        Optional(map, key) ?? throw Fail(map, $"'{key}' is required here");

    private static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private void Known(YamlMappingNode map, string[] keys)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !keys.Contains(name))
                throw Fail(key, $"unknown key '{key}'; expected one of {string.Join(", ", keys)}");
        }
    }

    private LoadProfileException Fail(YamlNode node, string problem) => new(source, node.Start.Line, problem);
}
