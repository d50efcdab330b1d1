using SmsCx.Contracts.Sms;

namespace SmsCx.Receiver.Apps;

/// <summary>SMS.CX answered 2xx; <paramref name="Message"/> is the recipient's entry of the answer.</summary>
public sealed record SendAccepted(SentMessage Message) : SendOutcome;
