using System.Diagnostics;
using SmsCx.Mock.Diagnostics;

namespace SmsCx.Mock.Webhooks;

/// <summary>
/// The dispatcher's spans and measurements (see <see cref="MockTelemetry"/>); every method does nothing, and
/// allocates nothing, while no listener is attached.
/// </summary>
internal static class AttemptTelemetry
{
    private const string Acknowledged = "acknowledged";
    private const string WillRetry = "will_retry";
    private const string GaveUp = "gave_up";

    /// <summary>
    /// Starts the span of one attempt: a child of its items' send when they share one, linked to each distinct
    /// send. Leftover ambient context (a lifecycle started inside a request) is never its parent.
    /// </summary>
    public static Activity? Start(string eventName, IReadOnlyList<WebhookItem> items, string endpoint, int attempt)
    {
        if (Activity.Current is not null)
            Activity.Current = null;
        if (!MockTelemetry.Source.HasListeners())
            return null;

        var (parent, links) = Origins(items);
        var activity = MockTelemetry.Source.StartActivity(
            MockTelemetry.WebhookAttemptSpan, ActivityKind.Client, parent, tags: null, links);
        if (activity is null)
            return null;

        activity.SetTag(MockTelemetry.EventTag, eventName);
        activity.SetTag(MockTelemetry.ItemCountTag, items.Count);
        activity.SetTag(MockTelemetry.EndpointTag, endpoint);
        activity.SetTag(MockTelemetry.AttemptTag, attempt);
        return activity;
    }

    /// <summary>Ends the span's story and records the attempt's measurements.</summary>
    public static void Record(
        Activity? activity, string eventName, IReadOnlyList<WebhookItem> items, int? status, string? failureKind,
        AttemptOutcome outcome, TimeSpan latency, TimeProvider time)
    {
        var outcomeName = outcome switch
        {
            AttemptOutcome.Acknowledged => Acknowledged,
            AttemptOutcome.WillRetry => WillRetry,
            _ => GaveUp,
        };
        if (activity is not null)
        {
            if (status is not null)
                activity.SetTag(MockTelemetry.StatusCodeTag, status);
            activity.SetTag(MockTelemetry.OutcomeTag, outcomeName);
            if (failureKind is not null)
            {
                activity.SetTag(MockTelemetry.FailureTag, failureKind);
                activity.SetStatus(ActivityStatusCode.Error, failureKind);
            }
        }

        var eventTag = new KeyValuePair<string, object?>(MockTelemetry.EventTag, eventName);
        var outcomeTag = new KeyValuePair<string, object?>(MockTelemetry.OutcomeTag, outcomeName);
        if (MockTelemetry.AttemptCounter.Enabled)
            MockTelemetry.AttemptCounter.Add(1, eventTag, outcomeTag);
        if (MockTelemetry.AttemptDuration.Enabled)
            MockTelemetry.AttemptDuration.Record(latency.TotalMilliseconds, eventTag, outcomeTag);
        if (outcome != AttemptOutcome.Acknowledged)
            return;

        if (MockTelemetry.ItemsDeliveredCounter.Enabled)
            MockTelemetry.ItemsDeliveredCounter.Add(items.Count, eventTag);
        if (!MockTelemetry.AckDelay.Enabled)
            return;
        foreach (var item in items)
        {
            if (item.MadeAt is { } madeAt)
                MockTelemetry.AckDelay.Record(time.GetElapsedTime(madeAt).TotalMilliseconds, eventTag);
        }
    }

    /// <summary>Counts a batch in or out of <see cref="MockTelemetry.WebhookPendingBatches"/>.</summary>
    public static void Pending(int delta)
    {
        if (MockTelemetry.PendingBatches.Enabled)
            MockTelemetry.PendingBatches.Add(delta);
    }

    private static (ActivityContext Parent, List<ActivityLink>? Links) Origins(IReadOnlyList<WebhookItem> items)
    {
        List<ActivityLink>? links = null;
        HashSet<ActivitySpanId>? seen = null;
        foreach (var item in items)
        {
            if (item.Origin == default)
                continue;
            seen ??= [];
            if (!seen.Add(item.Origin.SpanId))
                continue;
            links ??= [];
            links.Add(new ActivityLink(item.Origin));
            if (links.Count == MockTelemetry.MaxLinks)
                break;
        }

        return (links is [var only] ? only.Context : default, links);
    }
}
