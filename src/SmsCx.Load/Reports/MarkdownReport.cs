using System.Globalization;
using System.Text;
using SmsCx.Load.Stats;

namespace SmsCx.Load.Reports;

/// <summary>A Markdown summary: a table of scenarios, then thresholds, status codes, warnings and the per-second series.</summary>
public static class MarkdownReport
{
    /// <summary>Renders <paramref name="result"/> as a Markdown document.</summary>
    public static string Render(LoadRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Load run {result.StartedAt:yyyy-MM-dd HH:mm:ss} UTC: {(result.Passed ? "passed" : "FAILED")}");
        md.AppendLine();
        md.AppendLine("Latencies in ms, measured from each call's intended start (open model) or its actual start (closed model).");
        md.AppendLine();
        md.AppendLine("| scenario | simulation | requests | errors | rate/s | p50 | p75 | p95 | p99 | p99.9 | max |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in result.Scenarios)
            md.AppendLine(Row(s));

        AppendThresholds(md, result);
        foreach (var s in result.Scenarios)
            AppendDetails(md, s);

        return md.ToString();
    }

    private static string Row(ScenarioStats s)
    {
        var l = s.Latency;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {s.Name} | {s.Simulation} | {s.Requests} | {s.Errors} ({s.ErrorPercent:0.###}%) | {s.AchievedRate:0.##}{ConsoleReport.Target(s)} | {l.P50Ms:0.###} | {l.P75Ms:0.###} | {l.P95Ms:0.###} | {l.P99Ms:0.###} | {l.P999Ms:0.###} | {l.MaxMs:0.###} |");
    }

    private static void AppendThresholds(StringBuilder md, LoadRunResult result)
    {
        if (result.Thresholds.Count == 0)
            return;

        md.AppendLine().AppendLine("## Thresholds").AppendLine();
        foreach (var t in result.Thresholds)
            md.AppendLine(t.Passed ? $"- {t.Message}" : $"- **{t.Message}**");
    }

    private static void AppendDetails(StringBuilder md, ScenarioStats s)
    {
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {s.Name}").AppendLine();
        md.AppendLine("Status codes: " + string.Join(", ", s.StatusCodes.Select(c => $"{ConsoleReport.Code(c.Key)} x{c.Value}")));
        foreach (var warning in s.Warnings)
            md.AppendLine().AppendLine("**Warning:** " + warning);

        md.AppendLine().AppendLine("| second | requests | errors | p50 ms | p99 ms |").AppendLine("|---|---|---|---|---|");
        foreach (var second in s.Seconds)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {second.Second} | {second.Requests} | {second.Errors} | {second.P50Ms:0.###} | {second.P99Ms:0.###} |");
    }
}
