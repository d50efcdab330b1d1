namespace SmsCx.Load.Stats;

/// <summary>
/// One second of the measured phase, by intended start time (so a stall shows in the second the delayed calls
/// were meant to start, not when they finally answered).
/// </summary>
/// <param name="Second">0-based second of the measured phase.</param>
/// <param name="Requests">Calls meant to start in this second.</param>
/// <param name="Errors">Of those, failures.</param>
/// <param name="P50Ms">Median latency of those calls in milliseconds; 0 when there were none.</param>
/// <param name="P99Ms">99th percentile latency of those calls in milliseconds; 0 when there were none.</param>
public sealed record SecondStats(int Second, long Requests, long Errors, double P50Ms, double P99Ms);
