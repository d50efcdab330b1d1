namespace SmsCx.Mock.Scenarios.Steps;

/// <summary>One step of a scenario, with the file line it came from.</summary>
public abstract class ScenarioStep
{
    /// <summary>Creates a step defined at <paramref name="line"/> of its file.</summary>
    protected ScenarioStep(int line) => Line = line;

    /// <summary>1-based line of the step in its file.</summary>
    public int Line { get; }

    /// <summary>What the step does, as the step line shows it before its outcome.</summary>
    public abstract string Label { get; }

    /// <summary>
    /// Runs the step. Returns a short outcome (e.g. <c>201</c>) or <see langword="null"/>; throws
    /// <see cref="ScenarioStepFailedException"/> when an expectation does not hold.
    /// </summary>
    public abstract Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken);
}
