namespace SmsCx.Load;

/// <summary>A live snapshot of a run, reported about once a second while it goes on.</summary>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="Planned">Longest warm-up plus duration of any scenario.</param>
/// <param name="Scenarios">Per scenario: its name and the measured requests and errors so far.</param>
public sealed record LoadProgress(
    TimeSpan Elapsed, TimeSpan Planned, IReadOnlyList<(string Name, long Requests, long Errors)> Scenarios);
