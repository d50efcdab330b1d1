using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using SmsCx.Receiver.Diagnostics;
using SmsCx.Receiver.Storage;

namespace SmsCx.Receiver.Webhooks;

/// <summary>
/// The webhook endpoint's spans and measurements (see <see cref="ReceiverTelemetry"/>); nothing is recorded or
/// allocated while no listener is attached.
/// </summary>
internal static class WebhookTelemetry
{
    public const string Stored = "stored";
    public const string Duplicate = "duplicate";
    public const string SetAside = "set_aside";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
    private const string UnknownEvent = "unknown";

    /// <summary>
    /// Starts the request's span. Without an ASP.NET Core activity (nobody listens to it) the span continues the
    /// request's <c>traceparent</c> itself, so the provider's trace goes on either way.
    /// </summary>
    public static Activity? StartRequest(HttpRequest request)
    {
        if (!ReceiverTelemetry.Source.HasListeners())
            return null;
        if (Activity.Current is not null)
            return ReceiverTelemetry.Source.StartActivity(ReceiverTelemetry.WebhookSpan);

        ActivityContext.TryParse(request.Headers.TraceParent, request.Headers.TraceState, isRemote: true, out var parent);
        return ReceiverTelemetry.Source.StartActivity(ReceiverTelemetry.WebhookSpan, ActivityKind.Server, parent);
    }

    public static Activity? StartStore(WebhookBatch batch)
    {
        var activity = ReceiverTelemetry.Source.StartActivity(ReceiverTelemetry.StoreSpan);
        activity?.SetTag(ReceiverTelemetry.EventTag, batch.Event);
        activity?.SetTag(ReceiverTelemetry.ItemCountTag, batch.Items.Count);
        return activity;
    }

    /// <summary>Outcome of a stored batch: stored when anything was new, else duplicate, else all set aside.</summary>
    public static string OutcomeOf(StoreResult result) =>
        result.Applied > 0 ? Stored : result.Duplicates > 0 ? Duplicate : SetAside;

    /// <summary>Tags the request's span and records its measurements.</summary>
    public static void Handled(Activity? activity, in WebhookHandled handled, TimeSpan duration)
    {
        var eventName = handled.Event ?? UnknownEvent;
        if (activity is not null)
            Tag(activity, handled);

        var eventTag = new KeyValuePair<string, object?>(ReceiverTelemetry.EventTag, eventName);
        var outcomeTag = new KeyValuePair<string, object?>(ReceiverTelemetry.OutcomeTag, handled.Outcome);
        if (ReceiverTelemetry.RequestCounter.Enabled)
            ReceiverTelemetry.RequestCounter.Add(1, eventTag, outcomeTag);
        if (ReceiverTelemetry.Duration.Enabled)
            ReceiverTelemetry.Duration.Record(duration.TotalMilliseconds, eventTag, outcomeTag);
        if (handled.Stored is not { } stored)
            return;

        Add(ReceiverTelemetry.StoredCounter, stored.Applied, eventTag);
        Add(ReceiverTelemetry.DuplicateCounter, stored.Duplicates, eventTag);
        Add(ReceiverTelemetry.SetAsideCounter, stored.Rejected, eventTag);
    }

    private static void Tag(Activity activity, in WebhookHandled handled)
    {
        if (handled.Event is not null)
            activity.SetTag(ReceiverTelemetry.EventTag, handled.Event);
        if (handled.Items is { } items)
            activity.SetTag(ReceiverTelemetry.ItemCountTag, items);
        if (handled.Stored is { } stored)
        {
            activity.SetTag(ReceiverTelemetry.StoredTag, stored.Applied);
            activity.SetTag(ReceiverTelemetry.DuplicateTag, stored.Duplicates);
            activity.SetTag(ReceiverTelemetry.SetAsideTag, stored.Rejected);
        }

        activity.SetTag(ReceiverTelemetry.OutcomeTag, handled.Outcome);
        if (handled.Error is not null)
        {
            activity.SetTag(ReceiverTelemetry.ErrorTag, handled.Error);
            activity.SetStatus(ActivityStatusCode.Error, handled.Error);
        }
    }

    private static void Add(System.Diagnostics.Metrics.Counter<long> counter, int value, KeyValuePair<string, object?> tag)
    {
        if (value > 0 && counter.Enabled)
            counter.Add(value, tag);
    }
}

/// <summary>How one webhook request was answered, for <see cref="WebhookTelemetry"/>.</summary>
/// <param name="Result">The answer.</param>
/// <param name="Outcome">One of the <see cref="WebhookTelemetry"/> outcomes.</param>
/// <param name="Error">Why it was refused or failed, or <see langword="null"/>.</param>
/// <param name="Event">The batch's event once parsed.</param>
/// <param name="Items">Items in the batch once parsed.</param>
/// <param name="Stored">What storing did, when it succeeded.</param>
internal readonly record struct WebhookHandled(
    IResult Result, string Outcome, string? Error = null, string? Event = null, int? Items = null, StoreResult? Stored = null);
