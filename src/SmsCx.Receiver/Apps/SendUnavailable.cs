namespace SmsCx.Receiver.Apps;

/// <summary>SMS.CX could not be reached, timed out, or gave a success answer that could not be read.</summary>
public sealed record SendUnavailable(string Reason) : SendOutcome;
