using SmsCx.Contracts.Text;
using SmsCx.Contracts;
using SmsCx.Contracts.Webhooks;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary>
/// <c>expect-webhook</c>: waits (default 10 s) until the receiver acknowledged with HTTP 200 a webhook of the
/// event carrying a matching item (the named message; a status for <c>dlr_update</c>), optionally within
/// <c>acked-within</c> of the request being sent.
/// </summary>
public sealed class ExpectWebhookStep(
    int line, string eventName, string? message, MessageStatus? status, TimeSpan? ackedWithin, TimeSpan within)
    : ScenarioStep(line)
{
    /// <inheritdoc />
    public override string Label =>
        $"expect-webhook {eventName}" + (message is null ? string.Empty : $" for {message}") +
        (status is null ? string.Empty : $" {MessageStatusTable.WireName(status.Value)}") +
        (ackedWithin is null ? string.Empty : $" acked within {DurationText.Format(ackedWithin.Value)}");

    /// <inheritdoc />
    public override async Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var msgId = message is null ? null : context.Message(message).MsgId;
        var wire = status is null ? null : MessageStatusTable.WireName(status.Value);
        var acked = await context.PollAsync(within, _ => Task.FromResult(
            Matching(context, msgId, wire).FirstOrDefault(e => e.Outcome == AttemptOutcome.Acknowledged)), cancellationToken);
        if (acked is null)
            throw new ScenarioStepFailedException(Explain(Matching(context, msgId, wire).ToList()) + Arrived(context, msgId));
        if (ackedWithin is { } limit && acked.Latency > limit)
        {
            throw new ScenarioStepFailedException(
                $"acknowledged in {DurationText.Format(acked.Latency)}, expected within {DurationText.Format(limit)}");
        }

        return $"HTTP 200 in {DurationText.Format(acked.Latency)} (attempt {acked.Attempt})";
    }

    private IEnumerable<JournalEntry> Matching(ScenarioContext context, string? msgId, string? wire) =>
        context.Mock.Journal.Snapshot().Where(e =>
            e.Sequence > context.JournalStart
            && e.Event == eventName
            && e.Items.Any(item =>
                (msgId is null || (eventName == WebhookEvents.DlrUpdate ? item.MsgId : item.RelatedMsgId) == msgId)
                && (wire is null || item.Status == wire)));

    // What did reach the receiver for this message, so a wrong expectation is easy to see.
    private string Arrived(ScenarioContext context, string? msgId)
    {
        if (msgId is null)
            return string.Empty;
        var seen = context.Mock.Journal.Find(eventName, msgId: msgId)
            .Where(e => e.Sequence > context.JournalStart && e.Outcome == AttemptOutcome.Acknowledged)
            .SelectMany(e => e.Items.Where(i => i.MsgId == msgId || i.RelatedMsgId == msgId))
            .Select(i => i.Status ?? eventName)
            .Distinct()
            .ToList();
        return seen.Count == 0 ? string.Empty : $"; acknowledged for {message}: {string.Join(", ", seen)}";
    }

    private string Explain(List<JournalEntry> attempts)
    {
        if (attempts.Count == 0)
        {
            return $"no {eventName} webhook with such an item was sent within {DurationText.Format(within)}; " +
                "check the mock's webhook URL and the message's outcome";
        }

        var failures = attempts.Select(a => a.StatusCode is { } code ? $"HTTP {code}" : a.Error ?? "failed");
        return $"the receiver did not acknowledge it within {DurationText.Format(within)}: " +
            $"{attempts.Count} attempt(s) answered {string.Join(", ", failures.Distinct())}";
    }
}
