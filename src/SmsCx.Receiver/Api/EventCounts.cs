namespace SmsCx.Receiver.Api;

/// <summary>Webhook items of one event: received in total, redeliveries ignored, items set aside.</summary>
public sealed record EventCounts(long Received, long Duplicates, long Rejected);
