using System.Globalization;
using System.Text;
using SmsCx.Load.Stats;

namespace SmsCx.Load.Reports;

/// <summary>A plain-text summary for a terminal: one block per scenario, then warnings and threshold verdicts.</summary>
public static class ConsoleReport
{
    /// <summary>Renders <paramref name="result"/> as lines of plain text ending in a newline.</summary>
    public static string Render(LoadRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        foreach (var scenario in result.Scenarios)
            AppendScenario(text, scenario);

        foreach (var verdict in result.Thresholds)
            text.AppendLine(verdict.Message);

        text.AppendLine(result.Passed ? "PASSED" : "FAILED: a threshold did not hold");
        return text.ToString();
    }

    private static void AppendScenario(StringBuilder text, ScenarioStats s)
    {
        var l = s.Latency;
        text.AppendLine(CultureInfo.InvariantCulture, $"scenario '{s.Name}': {s.Simulation}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  requests {s.Requests}, errors {s.Errors} ({s.ErrorPercent:0.###}%), rate {s.AchievedRate:0.##}/s{Target(s)}{Lag(s)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  latency ms: p50 {l.P50Ms:0.###}  p75 {l.P75Ms:0.###}  p95 {l.P95Ms:0.###}  p99 {l.P99Ms:0.###}  p99.9 {l.P999Ms:0.###}  max {l.MaxMs:0.###}");
        text.AppendLine("  status codes: " + string.Join(", ", s.StatusCodes.Select(c => $"{Code(c.Key)} x{c.Value}")));
        foreach (var warning in s.Warnings)
            text.AppendLine("  WARNING: " + warning);
    }

    internal static string Target(ScenarioStats s) =>
        s.TargetRate is { } t ? string.Create(CultureInfo.InvariantCulture, $" (target {t:0.##}/s)") : string.Empty;

    // How late the sender started calls: part of every open-model latency, so worth seeing next to them.
    private static string Lag(ScenarioStats s) =>
        s.TargetRate is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", max send lag {s.MaxSendLagMs:0.###} ms");

    internal static string Code(int code) => code == 0 ? "no answer" : code.ToString(CultureInfo.InvariantCulture);
}
