namespace SmsCx.Receiver.Api;

/// <summary>An opted-out number.</summary>
/// <param name="PhoneNumber">The number.</param>
/// <param name="Source"><c>reply</c> (STOP reply), <c>link</c> (opt-out link) or <c>admin</c> (added by the account).</param>
/// <param name="Datetime">When it opted out (UTC).</param>
public sealed record OptoutView(string PhoneNumber, string Source, DateTimeOffset Datetime);
