using System.Globalization;
using System.Net;
using System.Text;
using SmsCx.Load.Stats;

namespace SmsCx.Load.Reports;

/// <summary>
/// A self-contained HTML report (inline CSS and SVG, no scripts, no external resources): the summary table,
/// threshold verdicts, and per scenario a latency-over-time chart (p50, p99 per second), a percentile
/// distribution chart, status codes and warnings.
/// </summary>
public static class HtmlReport
{
    private const string Style = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}" +
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}" +
        ".fail{color:#b00;font-weight:bold}.ok{color:#070}.warn{color:#a60}";

    /// <summary>Renders <paramref name="result"/> as one HTML document.</summary>
    public static string Render(LoadRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Load run</title><style>")
            .Append(Style).Append("</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Load run {result.StartedAt:yyyy-MM-dd HH:mm:ss} UTC: ")
            .Append(result.Passed ? "<span class=\"ok\">passed</span>" : "<span class=\"fail\">FAILED</span>").Append("</h1>");
        html.Append("<p>Latencies in ms, measured from each call's intended start (open model) or its actual start (closed model).</p>");
        html.Append(SummaryTable(result));
        foreach (var t in result.Thresholds)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"{(t.Passed ? "ok" : "fail")}\">{Encode(t.Message)}</p>");

        foreach (var s in result.Scenarios)
            AppendScenario(html, s);

        return html.Append("</body></html>").ToString();
    }

    private static void AppendScenario(StringBuilder html, ScenarioStats s)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(s.Name)}</h2><p>{Encode(s.Simulation)}</p>");
        foreach (var warning in s.Warnings)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"warn\">Warning: {Encode(warning)}</p>");

        html.Append("<p>Status codes: ").Append(Encode(string.Join(", ", s.StatusCodes.Select(c => $"{ConsoleReport.Code(c.Key)} x{c.Value}")))).Append("</p>");
        html.Append(OverTime(s)).Append("<br>").Append(Distribution(s));
    }

    private static string OverTime(ScenarioStats s)
    {
        var p50 = s.Seconds.Select(x => ((double)x.Second, x.P50Ms)).ToArray();
        var p99 = s.Seconds.Select(x => ((double)x.Second, x.P99Ms)).ToArray();
        var ticks = s.Seconds.Select(x => ((double)x.Second, x.Second.ToString(CultureInfo.InvariantCulture) + "s")).ToArray();
        return SvgLineChart.Render("Latency over time (by intended start second)", "ms",
            [new ChartSeries("p50", "#1f77b4", p50), new ChartSeries("p99", "#d62728", p99)], ticks);
    }

    // x is log10 of 1/(1-p): p50 at 0.3, p90 at 1, p99 at 2, p99.9 at 3, so the tail gets the room.
    private static string Distribution(ScenarioStats s)
    {
        var points = s.Distribution.Where(p => p.Percentile < 100).Select(p => (Tail(p.Percentile), p.LatencyMs)).ToArray();
        (double, string)[] ticks = [(Tail(0), "p0"), (Tail(50), "p50"), (Tail(90), "p90"), (Tail(99), "p99"), (Tail(99.9), "p99.9"), (Tail(99.99), "p99.99")];
        return SvgLineChart.Render("Latency by percentile", "ms", [new ChartSeries("latency", "#2ca02c", points)], ticks);
    }

    private static double Tail(double percentile) => Math.Log10(100 / (100 - percentile));

    private static string SummaryTable(LoadRunResult result)
    {
        var table = new StringBuilder("<table><tr><th>scenario</th><th>requests</th><th>errors</th><th>rate/s</th>" +
            "<th>p50</th><th>p75</th><th>p95</th><th>p99</th><th>p99.9</th><th>max</th></tr>");
        foreach (var s in result.Scenarios)
        {
            var l = s.Latency;
            string[] cells =
            [
                s.Name, Number(s.Requests), Invariant($"{s.Errors} ({s.ErrorPercent:0.###}%)"),
                Invariant($"{s.AchievedRate:0.##}{ConsoleReport.Target(s)}"), Number(l.P50Ms), Number(l.P75Ms),
                Number(l.P95Ms), Number(l.P99Ms), Number(l.P999Ms), Number(l.MaxMs),
            ];
            table.Append("<tr>").Append(string.Concat(cells.Select(c => $"<td>{Encode(c)}</td>"))).Append("</tr>");
        }

        return table.Append("</table>").ToString();
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
