namespace SmsCx.Receiver.Api;

/// <summary>Answer of <c>GET /stats</c>.</summary>
/// <param name="Events">Counts per event name, including events that are not handled.</param>
/// <param name="ItemsReceived">Items received over all events.</param>
/// <param name="DuplicatesIgnored">Redelivered items that changed nothing.</param>
/// <param name="RejectedItems">Items set aside.</param>
/// <param name="Clicks">Distinct clicks, people and bots apart.</param>
/// <param name="OptOuts">Opted-out numbers.</param>
/// <param name="PendingSideEffects">Inbox rows not yet applied by the worker.</param>
public sealed record StatsView(
    IReadOnlyDictionary<string, EventCounts> Events,
    long ItemsReceived,
    long DuplicatesIgnored,
    long RejectedItems,
    ClickCounts Clicks,
    long OptOuts,
    long PendingSideEffects);
