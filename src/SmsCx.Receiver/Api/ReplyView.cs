namespace SmsCx.Receiver.Api;

/// <summary>An inbound reply as stored.</summary>
/// <param name="Text">The text as the customer typed it.</param>
/// <param name="Intent"><c>yes</c>, <c>no</c>, <c>opt-out</c>, <c>unknown</c>, or null while not yet classified.</param>
/// <param name="ReceivedAt">Receive time per the provider (UTC).</param>
public sealed record ReplyView(string Text, string? Intent, DateTimeOffset ReceivedAt);
