namespace SmsCx.Mock.Scenarios;

/// <summary>How a whole run went: the scenarios played and the files that could not be read.</summary>
/// <param name="Scenarios">Results of the scenarios played.</param>
/// <param name="Invalid">Files rejected before playing, with why.</param>
public sealed record RunResult(IReadOnlyList<ScenarioResult> Scenarios, IReadOnlyList<ScenarioFormatException> Invalid)
{
    /// <summary>True when at least one scenario ran, every one passed and no file was invalid.</summary>
    public bool Passed => Scenarios.Count > 0 && Invalid.Count == 0 && Scenarios.All(s => s.Passed);
}
