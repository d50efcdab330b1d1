namespace SmsCx.Bench.Baseline;

/// <summary>The same shape as the receiver's answer, so both send comparable bytes.</summary>
public sealed record Ack(int Applied, int Duplicates, int Rejected);
