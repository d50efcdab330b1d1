namespace SmsCx.Load.Stats;

/// <summary>Latency percentiles of the measured calls, in milliseconds (microsecond resolution, 3 significant digits).</summary>
/// <param name="MeanMs">Arithmetic mean.</param>
/// <param name="P50Ms">Median.</param>
/// <param name="P75Ms">75th percentile.</param>
/// <param name="P95Ms">95th percentile.</param>
/// <param name="P99Ms">99th percentile.</param>
/// <param name="P999Ms">99.9th percentile.</param>
/// <param name="MaxMs">Largest recorded latency.</param>
public sealed record LatencySummary(
    double MeanMs, double P50Ms, double P75Ms, double P95Ms, double P99Ms, double P999Ms, double MaxMs);
