namespace SmsCx.Receiver.Webhooks;

/// <summary>
/// Body of the 200 answer to a webhook. The provider ignores it; it helps when reading a journal or a trace.
/// </summary>
/// <param name="Applied">Items stored for the first time.</param>
/// <param name="Duplicates">Redelivered items that changed nothing.</param>
/// <param name="Rejected">Items set aside (see <c>GET /rejected</c>).</param>
public sealed record WebhookAck(int Applied, int Duplicates, int Rejected);
