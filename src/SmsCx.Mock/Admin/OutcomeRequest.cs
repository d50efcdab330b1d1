namespace SmsCx.Mock.Admin;

/// <summary>Body of <c>POST /_mock/messages/{msgId}/outcome</c>.</summary>
/// <param name="Status">SENT, DELIVERED or FAILED.</param>
/// <param name="ErrorCode">Error code for FAILED; default 1.</param>
/// <param name="AfterMs">Delay in milliseconds before the report; default 0.</param>
public sealed record OutcomeRequest(string? Status, int? ErrorCode, long? AfterMs);

/// <summary>Body of <c>POST /_mock/messages/{msgId}/reply</c>.</summary>
/// <param name="Text">The customer's reply text.</param>
public sealed record ReplyRequest(string? Text);
