namespace SmsCx.Mock.Scenarios;

/// <summary>How one scenario went. Steps after a failed one are not run.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Steps">Results of the steps that ran, in order.</param>
/// <param name="Elapsed">Time the scenario took.</param>
public sealed record ScenarioResult(ScenarioDocument Scenario, IReadOnlyList<StepResult> Steps, TimeSpan Elapsed)
{
    /// <summary>True when every step ran and passed.</summary>
    public bool Passed => Steps.Count == Scenario.Steps.Count && Steps.All(s => s.Passed);

    /// <summary>The failed step, if any.</summary>
    public StepResult? Failure => Steps.FirstOrDefault(s => !s.Passed);
}
