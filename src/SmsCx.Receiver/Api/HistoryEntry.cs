namespace SmsCx.Receiver.Api;

/// <summary>One distinct delivery report of a message, in arrival order.</summary>
/// <param name="Status">Wire status, e.g. <c>DELIVERED</c>.</param>
/// <param name="StatusCode">Numeric status as reported.</param>
/// <param name="ErrorCode">Failure detail; JSON <c>null</c> when the report had none.</param>
/// <param name="Datetime">When the status changed, per the provider (UTC).</param>
/// <param name="ReceivedAt">When the receiver stored the report (UTC).</param>
public sealed record HistoryEntry(
    string Status, int StatusCode, int? ErrorCode, DateTimeOffset Datetime, DateTimeOffset ReceivedAt);
