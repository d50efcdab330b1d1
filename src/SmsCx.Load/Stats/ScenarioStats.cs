using HdrHistogram;

namespace SmsCx.Load.Stats;

/// <summary>
/// What one scenario measured, warm-up excluded. Latencies of open-model simulations are measured from each call's
/// intended start time, so they include time the call waited because the target (or the sender) fell behind.
/// </summary>
public sealed class ScenarioStats
{
    private readonly HistogramBase _histogram;

    internal ScenarioStats(string name, string simulation, HistogramBase histogram)
    {
        Name = name;
        Simulation = simulation;
        _histogram = histogram;
        Latency = new LatencySummary(
            ToMs(histogram.GetMean()), LatencyAt(50), LatencyAt(75), LatencyAt(95), LatencyAt(99), LatencyAt(99.9),
            histogram.TotalCount == 0 ? 0 : ToMs(histogram.GetMaxValue()));
    }

    /// <summary>Scenario name.</summary>
    public string Name { get; }

    /// <summary>The simulation as described in reports.</summary>
    public string Simulation { get; }

    /// <summary>Measured calls (answered, failed or timed out).</summary>
    public long Requests { get; init; }

    /// <summary>Measured calls that failed.</summary>
    public long Errors { get; init; }

    /// <summary>Errors as a percentage of <see cref="Requests"/> (0 to 100; 0 without calls).</summary>
    public double ErrorPercent => Requests == 0 ? 0 : 100.0 * Errors / Requests;

    /// <summary>Calls per second asked for by an open simulation; <see langword="null"/> for the closed model.</summary>
    public double? TargetRate { get; init; }

    /// <summary>
    /// Calls per second actually started in the measured phase: measured calls divided by the longer of the
    /// measured duration and the time until the last measured call started.
    /// </summary>
    public double AchievedRate { get; init; }

    /// <summary>How often a call had to wait because the max-in-flight limit was reached (open model only).</summary>
    public long MaxInFlightHits { get; init; }

    /// <summary>Largest delay in milliseconds between a call's intended and actual start (open model only).</summary>
    public double MaxSendLagMs { get; init; }

    /// <summary>Latency percentiles.</summary>
    public LatencySummary Latency { get; }

    /// <summary>Count of calls per status code (0 = no answer), ascending by code.</summary>
    public IReadOnlyDictionary<int, long> StatusCodes { get; init; } = new SortedDictionary<int, long>();

    /// <summary>Per-second series over the measured phase.</summary>
    public IReadOnlyList<SecondStats> Seconds { get; init; } = [];

    /// <summary>The latency distribution from p0 to p99.999, for percentile charts.</summary>
    public IReadOnlyList<PercentilePoint> Distribution => [.. s_chartPercentiles.Select(p => new PercentilePoint(p, LatencyAt(p)))];

    /// <summary>Problems with the run itself (rate not reached, in-flight limit hit); empty when it went as asked.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Latency in milliseconds at <paramref name="percentile"/> (0 to 100); 0 when nothing was measured.</summary>
    public double LatencyAt(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        return _histogram.TotalCount == 0 ? 0 : ToMs(_histogram.GetValueAtPercentile(percentile));
    }

    private static readonly double[] s_chartPercentiles = [0, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 100];

    // Histograms record microseconds.
    internal static double ToMs(double microseconds) => Math.Round(microseconds / 1000.0, 3);
}
