using SmsCx.Mock.Webhooks;

namespace SmsCx.Mock.Inspector;

/// <summary>
/// A webhook attempt as the inspector shows it: the journal entry without its request body, so a page of 200
/// attempts stays small however large the batches were.
/// </summary>
/// <param name="Sequence">Position in the journal, increasing from 1.</param>
/// <param name="BatchId">Id shared by every attempt of one batch.</param>
/// <param name="StartedAt">When the request was sent, by the mock's clock.</param>
/// <param name="Event">Event name of the batch.</param>
/// <param name="Endpoint">Target URL, masked as in the journal.</param>
/// <param name="Items">Number of items in the batch.</param>
/// <param name="Statuses">Distinct status names of the batch's <c>dlr_update</c> items; empty for other events.</param>
/// <param name="StatusCode">HTTP status of the answer, or <see langword="null"/> for a timeout or connection failure.</param>
/// <param name="Error">Why the attempt failed, when it did.</param>
/// <param name="Outcome">How the attempt ended.</param>
/// <param name="LatencyMs">Time from sending the request to the end of the answer, in milliseconds.</param>
/// <param name="Attempt">Attempt number, 1 for the first.</param>
/// <param name="Chaos">Faults the chaos options applied to the batch, or <see langword="null"/>.</param>
public sealed record JournalEntryView(
    long Sequence,
    string BatchId,
    DateTimeOffset StartedAt,
    string Event,
    string Endpoint,
    int Items,
    IReadOnlyList<string> Statuses,
    int? StatusCode,
    string? Error,
    AttemptOutcome Outcome,
    double LatencyMs,
    int Attempt,
    string? Chaos)
{
    /// <summary>Builds the view of <paramref name="entry"/>.</summary>
    public static JournalEntryView Of(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new JournalEntryView(
            entry.Sequence, entry.BatchId, entry.StartedAt, entry.Event, entry.Endpoint, entry.Items.Count,
            [.. entry.Items.Select(i => i.Status).OfType<string>().Distinct(StringComparer.Ordinal)],
            entry.StatusCode, entry.Error, entry.Outcome, entry.Latency.TotalMilliseconds, entry.Attempt, entry.Chaos);
    }

    /// <summary>True when an item of <paramref name="entry"/> is or concerns the message <paramref name="msgId"/>.</summary>
    public static bool Concerns(JournalEntry entry, string msgId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Items.Any(i => i.MsgId == msgId || i.RelatedMsgId == msgId);
    }
}
