using System.Globalization;
using System.Text.RegularExpressions;
using SmsCx.Load.Stats;

namespace SmsCx.Load.Thresholds;

/// <summary>
/// A condition a scenario's statistics must meet, parsed from text such as <c>p99 &lt; 50ms</c>,
/// <c>p99.9 &lt;= 1s</c>, <c>max &lt; 2s</c>, <c>mean &lt; 10ms</c>, <c>errors &lt; 0.1%</c>, <c>errors == 0</c>
/// or <c>rps &gt; 100</c>. Latencies need a unit (<c>us</c>, <c>ms</c>, <c>s</c>); errors take <c>%</c> for a rate
/// or no unit for a count; rps takes no unit. Immutable and thread-safe.
/// </summary>
public sealed partial class Threshold
{
    private Threshold(string text, ThresholdMetric metric, double percentile, string comparison, double limit)
    {
        Text = text;
        Metric = metric;
        Percentile = percentile;
        Comparison = comparison;
        Limit = limit;
    }

    /// <summary>The text it was parsed from, trimmed.</summary>
    public string Text { get; }

    /// <summary>What is measured.</summary>
    public ThresholdMetric Metric { get; }

    /// <summary>The percentile (0 to 100) for <see cref="ThresholdMetric.Percentile"/>; otherwise 0.</summary>
    public double Percentile { get; }

    /// <summary>One of <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>==</c>.</summary>
    public string Comparison { get; }

    /// <summary>The limit in the metric's unit: milliseconds, percent, a count, or calls per second.</summary>
    public double Limit { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> saying what was expected.</summary>
    public static Threshold Parse(string text) =>
        TryParse(text, out var threshold, out var error) ? threshold : throw new FormatException(error);

    /// <summary>Parses <paramref name="text"/>; on failure returns <see langword="false"/> and a readable <paramref name="error"/>.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Threshold? threshold, out string error)
    {
        threshold = null;
        error = $"'{text}' is not a threshold; expected e.g. 'p99 < 50ms', 'errors < 0.1%' or 'rps > 100'";
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
            return false;

        var name = match.Groups["metric"].Value.ToLowerInvariant();
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var value = double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        var comparison = match.Groups["op"].Value;
        var (metric, percentile, limit, problem) = Interpret(name, unit, value);
        if (problem is not null)
        {
            error = $"'{text}': {problem}";
            return false;
        }

        threshold = new Threshold(text!.Trim(), metric, percentile, comparison, limit);
        return true;
    }

    private static (ThresholdMetric, double, double, string?) Interpret(string name, string unit, double value)
    {
        switch (name)
        {
            case "errors":
                return unit switch
                {
                    "%" => (ThresholdMetric.ErrorPercent, 0, value, value > 100 ? "an error rate is at most 100%" : null),
                    "" => (ThresholdMetric.ErrorCount, 0, value, null),
                    _ => (default, 0, 0, "errors take '%' for a rate or no unit for a count"),
                };
            case "rps":
                return (ThresholdMetric.Rps, 0, value, unit.Length == 0 ? null : "rps takes no unit");
        }

        var ms = ToMilliseconds(value, unit);
        if (ms is null)
            return (default, 0, 0, "latencies need a unit: us, ms or s");
        if (name == "max")
            return (ThresholdMetric.Max, 0, ms.Value, null);
        if (name == "mean")
            return (ThresholdMetric.Mean, 0, ms.Value, null);

        var percentile = double.Parse(name[1..], CultureInfo.InvariantCulture);
        return percentile is > 0 and <= 100
            ? (ThresholdMetric.Percentile, percentile, ms.Value, null)
            : (default, 0, 0, "a percentile is above 0 and at most 100");
    }

    private static double? ToMilliseconds(double value, string unit) => unit switch
    {
        "us" or "µs" => value / 1000,
        "ms" => value,
        "s" => value * 1000,
        _ => null,
    };

    /// <summary>Checks <paramref name="stats"/> against this threshold.</summary>
    public ThresholdResult Evaluate(ScenarioStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var measured = Measure(stats);
        var passed = Comparison switch
        {
            "<" => measured < Limit,
            "<=" => measured <= Limit,
            ">" => measured > Limit,
            ">=" => measured >= Limit,
            _ => Math.Abs(measured - Limit) < 1e-9,
        };
        return new ThresholdResult(stats.Name, Text, Label, Math.Round(measured, 3), Unit, passed);
    }

    private double Measure(ScenarioStats stats) => Metric switch
    {
        ThresholdMetric.Percentile => stats.LatencyAt(Percentile),
        ThresholdMetric.Max => stats.Latency.MaxMs,
        ThresholdMetric.Mean => stats.Latency.MeanMs,
        ThresholdMetric.ErrorPercent => stats.ErrorPercent,
        ThresholdMetric.ErrorCount => stats.Errors,
        _ => stats.AchievedRate,
    };

    private string Label => Metric switch
    {
        ThresholdMetric.Percentile => "p" + Percentile.ToString(CultureInfo.InvariantCulture),
        ThresholdMetric.Max => "max",
        ThresholdMetric.Mean => "mean",
        ThresholdMetric.ErrorPercent or ThresholdMetric.ErrorCount => "errors",
        _ => "rps",
    };

    private string Unit => Metric switch
    {
        ThresholdMetric.ErrorPercent => "%",
        ThresholdMetric.ErrorCount => string.Empty,
        ThresholdMetric.Rps => "/s",
        _ => "ms",
    };

    /// <inheritdoc/>
    public override string ToString() => Text;

    [GeneratedRegex(@"^\s*(?<metric>p\d+(?:\.\d+)?|max|mean|errors|rps)\s*(?<op><=|>=|==|<|>)\s*(?<value>\d+(?:\.\d+)?)\s*(?<unit>us|µs|ms|s|%)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
