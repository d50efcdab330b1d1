namespace SmsCx.Load.Thresholds;

/// <summary>What a threshold measures.</summary>
public enum ThresholdMetric
{
    /// <summary>Latency at a percentile (<see cref="Threshold.Percentile"/>), in milliseconds.</summary>
    Percentile,

    /// <summary>Largest latency, in milliseconds.</summary>
    Max,

    /// <summary>Mean latency, in milliseconds.</summary>
    Mean,

    /// <summary>Failed calls as a percentage of all measured calls.</summary>
    ErrorPercent,

    /// <summary>Number of failed calls.</summary>
    ErrorCount,

    /// <summary>Achieved calls per second.</summary>
    Rps,
}
