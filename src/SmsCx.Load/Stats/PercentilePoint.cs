namespace SmsCx.Load.Stats;

/// <summary>One point of the latency distribution: <paramref name="Percentile"/> of calls took at most <paramref name="LatencyMs"/>.</summary>
/// <param name="Percentile">0 to 100.</param>
/// <param name="LatencyMs">Latency in milliseconds.</param>
public sealed record PercentilePoint(double Percentile, double LatencyMs);
