using SmsCx.Load.Stats;
using SmsCx.Load.Thresholds;

namespace SmsCx.Load;

/// <summary>The outcome of a run: statistics per scenario and the threshold verdicts.</summary>
/// <param name="StartedAt">When the run started (from the run's <see cref="TimeProvider"/>).</param>
/// <param name="Elapsed">Wall time of the whole run, warm-up and draining included.</param>
/// <param name="Scenarios">Statistics per scenario, in the order given.</param>
/// <param name="Thresholds">Every threshold's verdict, scenario by scenario.</param>
public sealed record LoadRunResult(
    DateTimeOffset StartedAt, TimeSpan Elapsed, IReadOnlyList<ScenarioStats> Scenarios, IReadOnlyList<ThresholdResult> Thresholds)
{
    /// <summary>Whether every threshold held (a run without thresholds passes).</summary>
    public bool Passed => Thresholds.All(t => t.Passed);

    /// <summary>The thresholds that failed (left out of JSON, where <see cref="Thresholds"/> has them all).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<ThresholdResult> Failures => Thresholds.Where(t => !t.Passed);
}
