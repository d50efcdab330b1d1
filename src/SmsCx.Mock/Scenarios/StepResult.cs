namespace SmsCx.Mock.Scenarios;

/// <summary>How one step went.</summary>
/// <param name="Number">1-based position of the step in its scenario.</param>
/// <param name="Line">Line of the step in its file.</param>
/// <param name="Label">What the step does.</param>
/// <param name="Passed">True when every expectation held.</param>
/// <param name="Detail">Short outcome, e.g. <c>201</c>, or <see langword="null"/>.</param>
/// <param name="Failure">Why it failed, or <see langword="null"/>.</param>
/// <param name="Elapsed">Time the step took.</param>
public sealed record StepResult(
    int Number, int Line, string Label, bool Passed, string? Detail, string? Failure, TimeSpan Elapsed);
