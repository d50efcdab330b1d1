namespace SmsCx.Receiver.Api;

/// <summary>A webhook item set aside.</summary>
/// <param name="Id">Row id, increasing in arrival order.</param>
/// <param name="Event">Event of the batch the item came in.</param>
/// <param name="Reason">Why it was set aside.</param>
/// <param name="Raw">The item's JSON exactly as received.</param>
/// <param name="ReceivedAt">When it arrived (UTC).</param>
public sealed record RejectedView(long Id, string Event, string Reason, string Raw, DateTimeOffset ReceivedAt);
