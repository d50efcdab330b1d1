namespace SmsCx.Receiver.Apps;

/// <summary>
/// SMS.CX answered an error: the HTTP status and the <c>type</c>, <c>code</c> and <c>message</c> of its error envelope
/// (<c>unknown</c>, 0 and a description of the answer when the body was not an envelope).
/// </summary>
public sealed record SendRefused(int HttpStatus, string Type, int Code, string Message) : SendOutcome;
