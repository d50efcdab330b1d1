using System.Globalization;

namespace SmsCx.Load.Thresholds;

/// <summary>The verdict of one threshold on one scenario.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Threshold">The threshold as written, e.g. <c>p99 &lt; 50ms</c>.</param>
/// <param name="Metric">The measured metric's short name, e.g. <c>p99</c>, <c>errors</c>, <c>rps</c>.</param>
/// <param name="Measured">The measured value in <paramref name="Unit"/>.</param>
/// <param name="Unit"><c>ms</c>, <c>%</c>, <c>/s</c>, or empty for a count.</param>
/// <param name="Passed">Whether the condition held.</param>
public sealed record ThresholdResult(string Scenario, string Threshold, string Metric, double Measured, string Unit, bool Passed)
{
    /// <summary>One line naming the scenario, the threshold, the verdict and the measured value.</summary>
    public string Message => string.Create(CultureInfo.InvariantCulture,
        $"scenario '{Scenario}': threshold '{Threshold}' {(Passed ? "held" : "FAILED")}: measured {Metric} = {Measured:0.###}{(Unit == "ms" ? " ms" : Unit)}");
}
