using System.Globalization;
using System.Text;
using System.Text.Json;
using SmsCx.Load.Profiles;
using SmsCx.Load.Simulations;
using SmsCx.Load.Thresholds;

namespace SmsCx.Load.Export;

/// <summary>
/// Writes a load profile as an equivalent k6 script, so a team can run it on k6's distributed runners: constant and
/// ramping rates become arrival-rate executors (open model, like the engine), concurrency becomes constant VUs,
/// a warm-up becomes an earlier scenario that no threshold looks at, and thresholds are written per scenario.
/// <c>{{uuid}}</c> and <c>{{seq}}</c> in bodies are filled per request as the engine does. The target can be
/// overridden at run time with <c>k6 run -e TARGET=http://host/ script.js</c>.
/// </summary>
public static class K6Script
{
    /// <summary>Returns the script for <paramref name="profile"/>.</summary>
    public static string Render(LoadProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var text = new StringBuilder();
        text.AppendLine("// k6 script written by `smscx load --export-k6` from a harness load profile.");
        text.AppendLine("// Run: k6 run script.js   (target override: k6 run -e TARGET=http://host:port/ script.js)");
        text.AppendLine("import http from 'k6/http';");
        text.AppendLine();
        text.AppendLine(Invariant($"const target = __ENV.TARGET || {Js(profile.Target.AbsoluteUri)};"));
        text.AppendLine("let seq = 0;");
        text.AppendLine("const fill = (body) => body.replace(/\\{\\{uuid\\}\\}/g, () => crypto.randomUUID()).replace(/\\{\\{seq\\}\\}/g, () => String(++seq));");
        text.AppendLine();
        text.AppendLine("export const options = {");
        text.AppendLine("  scenarios: {");
        foreach (var scenario in profile.Scenarios)
            AppendScenarios(text, scenario, profile.MaxInFlight);
        text.AppendLine("  },");
        text.AppendLine("  thresholds: {");
        foreach (var scenario in profile.Scenarios)
            AppendThresholds(text, scenario);
        text.AppendLine("  },");
        text.AppendLine("};");
        foreach (var scenario in profile.Scenarios)
            AppendFunction(text, scenario, profile.Timeout);
        return text.ToString();
    }

    private static void AppendScenarios(StringBuilder text, ProfileScenario scenario, int maxInFlight)
    {
        var name = Name(scenario);
        var simulation = scenario.Simulation;
        if (simulation.WarmUp > TimeSpan.Zero)
            text.AppendLine(Invariant($"    {name}_warmup: {{ {Executor(simulation, simulation.WarmUp, maxInFlight)}, exec: '{name}' }},"));
        text.AppendLine(Invariant($"    {name}: {{ {Executor(simulation, simulation.Duration, maxInFlight)}, startTime: '{Ms(simulation.WarmUp)}', exec: '{name}' }},"));
    }

    private static string Executor(LoadSimulation simulation, TimeSpan duration, int maxInFlight) => simulation switch
    {
        ConstantRate rate => Invariant(
            $"executor: 'constant-arrival-rate', rate: {Rate(rate.Rate, rate.Rate)}, timeUnit: '{Unit(rate.Rate)}', duration: '{Ms(duration)}', preAllocatedVUs: {Math.Min(maxInFlight, 100)}, maxVUs: {maxInFlight}"),
        RampingRate ramp => Invariant(
            $"executor: 'ramping-arrival-rate', startRate: {Rate(ramp.From, ramp.From, ramp.To)}, timeUnit: '{Unit(ramp.From, ramp.To)}', preAllocatedVUs: {Math.Min(maxInFlight, 100)}, maxVUs: {maxInFlight}, stages: [{{ target: {Rate(ramp.To, ramp.From, ramp.To)}, duration: '{Ms(duration)}' }}]"),
        ConstantConcurrency closed => Invariant($"executor: 'constant-vus', vus: {closed.Copies}, duration: '{Ms(duration)}'"),
        _ => throw new ArgumentOutOfRangeException(nameof(simulation), simulation.GetType().Name, "This load model has no k6 equivalent."),
    };

    private static void AppendThresholds(StringBuilder text, ProfileScenario scenario)
    {
        var name = Name(scenario);
        foreach (var threshold in scenario.Thresholds)
        {
            var (metric, expression) = Translate(threshold);
            text.AppendLine(metric is null
                ? $"    // '{threshold.Text}' has no k6 equivalent and is left out"
                : $"    '{metric}{{scenario:{name}}}': [{Js(expression!)}],");
        }
    }

    private static (string? Metric, string? Expression) Translate(Threshold threshold) => threshold.Metric switch
    {
        ThresholdMetric.Percentile => ("http_req_duration", Invariant($"p({threshold.Percentile}){threshold.Comparison}{threshold.Limit}")),
        ThresholdMetric.Max => ("http_req_duration", Invariant($"max{threshold.Comparison}{threshold.Limit}")),
        ThresholdMetric.Mean => ("http_req_duration", Invariant($"avg{threshold.Comparison}{threshold.Limit}")),
        ThresholdMetric.ErrorPercent => ("http_req_failed", Invariant($"rate{threshold.Comparison}{threshold.Limit / 100}")),
        ThresholdMetric.ErrorCount when threshold.Limit == 0 && threshold.Comparison is "==" or "<=" => ("http_req_failed", "rate==0"),
        ThresholdMetric.Rps => ("http_reqs", Invariant($"rate{threshold.Comparison}{threshold.Limit}")),
        _ => (null, null),
    };

    private static void AppendFunction(StringBuilder text, ProfileScenario scenario, TimeSpan timeout)
    {
        var request = scenario.Request;
        var headers = new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase);
        if (request.JsonBody is not null)
            headers.TryAdd("Content-Type", "application/json; charset=utf-8");

        text.AppendLine();
        text.AppendLine(Invariant($"export function {Name(scenario)}() {{"));
        var body = request.JsonBody is null ? "null" : $"fill({Js(request.JsonBody)})";
        text.AppendLine(Invariant(
            $"  http.request({Js(request.Method.ToUpperInvariant())}, target + {Js(request.Path.TrimStart('/'))}, {body}, {{ headers: {JsonSerializer.Serialize(headers, s_js)}, timeout: '{Ms(timeout)}' }});"));
        text.AppendLine("}");
    }

    // k6 scenario and function names must be JavaScript identifiers.
    private static string Name(ProfileScenario scenario)
    {
        var name = new string([.. scenario.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        return char.IsAsciiDigit(name[0]) ? "s_" + name : name;
    }

    // k6 takes whole iterations per time unit: whole rates per second, otherwise per 1000 s (0.5/s is 500 per 1000 s).
    private static bool Whole(params double[] rates) => rates.All(r => Math.Abs(r - Math.Round(r)) < 1e-9);

    private static string Unit(params double[] rates) => Whole(rates) ? "1s" : "1000s";

    private static string Rate(double perSecond, params double[] all) =>
        Math.Round(Whole(all) ? perSecond : perSecond * 1000).ToString("0", CultureInfo.InvariantCulture);

    private static string Ms(TimeSpan value) => ((long)value.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";

    private static readonly JsonSerializerOptions s_js = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Js(string value) => JsonSerializer.Serialize(value, s_js);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
