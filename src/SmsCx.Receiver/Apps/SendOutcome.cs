namespace SmsCx.Receiver.Apps;

/// <summary>Result of one send through the SMS.CX API: <see cref="SendAccepted"/>, <see cref="SendRefused"/> or <see cref="SendUnavailable"/>.</summary>
public abstract record SendOutcome;
