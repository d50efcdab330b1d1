using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SmsCx.Receiver.Diagnostics;

/// <summary>
/// Names of the receiver's traces and metrics, for an OpenTelemetry setup of your own:
/// <c>tracing.AddSource(ReceiverTelemetry.SourceName)</c> and <c>metrics.AddMeter(ReceiverTelemetry.MeterName)</c>.
/// The receiver uses only <see cref="ActivitySource"/> and <see cref="Meter"/>; nothing is recorded, and nothing
/// is allocated for it, while no listener is attached. Both are process-wide.
/// </summary>
/// <remarks>
/// <para>Spans:</para>
/// <list type="bullet">
/// <item><description><see cref="WebhookSpan"/> (<c>smscx.receiver.webhook</c>): one per webhook request. It
/// continues the request's W3C <c>traceparent</c>: a child of ASP.NET Core's request activity when there is one
/// (kind internal), else of the incoming context itself (kind server). Attributes: <see cref="EventTag"/> (once
/// parsed), <see cref="ItemCountTag"/>, <see cref="StoredTag"/>, <see cref="DuplicateTag"/>,
/// <see cref="SetAsideTag"/>, <see cref="OutcomeTag"/> (<c>stored</c>: at least one item was new;
/// <c>duplicate</c>: every valid item was seen before; <c>set_aside</c>: every item was malformed;
/// <c>rejected</c>: refused before storing, with <see cref="ErrorTag"/> <c>unauthorized</c>, <c>too_large</c> or
/// <c>bad_body</c>; <c>failed</c>: storage failed, <see cref="ErrorTag"/> <c>storage</c>); status Error for
/// <c>rejected</c> and <c>failed</c>.</description></item>
/// <item><description><see cref="StoreSpan"/> (<c>smscx.receiver.store</c>, internal): the transaction that stores a
/// parsed batch, a child of the webhook span. Attributes: <see cref="EventTag"/>, <see cref="ItemCountTag"/>;
/// status Error when storage failed.</description></item>
/// </list>
/// <para>Instruments (meter <see cref="MeterName"/>):</para>
/// <list type="table">
/// <listheader><term>name, type, unit</term><description>what, tags</description></listheader>
/// <item><term><see cref="WebhookRequests"/>, counter, <c>{request}</c></term><description>webhook requests;
/// tags <see cref="EventTag"/> (<c>unknown</c> before the body is parsed), <see cref="OutcomeTag"/>.</description></item>
/// <item><term><see cref="ItemsStored"/>, counter, <c>{item}</c></term><description>items stored for the first
/// time; tag <see cref="EventTag"/>.</description></item>
/// <item><term><see cref="ItemsDuplicate"/>, counter, <c>{item}</c></term><description>redelivered items that changed
/// nothing; tag <see cref="EventTag"/>.</description></item>
/// <item><term><see cref="ItemsSetAside"/>, counter, <c>{item}</c></term><description>malformed items set aside;
/// tag <see cref="EventTag"/>.</description></item>
/// <item><term><see cref="WebhookDuration"/>, histogram, <c>ms</c></term><description>handling time of a webhook
/// request, from the handler's start to its answer; tags <see cref="EventTag"/>, <see cref="OutcomeTag"/>.</description></item>
/// <item><term><see cref="InboxApplied"/>, counter, <c>{item}</c></term><description>side effects applied from the
/// inbox; tag <see cref="KindTag"/> (<c>reply</c>, <c>click</c>, <c>optout</c>).</description></item>
/// <item><term><see cref="InboxFailed"/>, counter, <c>{item}</c></term><description>side-effect attempts that
/// failed (retried later); tag <see cref="KindTag"/>.</description></item>
/// </list>
/// <para>Durations are measured with the receiver's <see cref="TimeProvider"/>.</para>
/// </remarks>
public static class ReceiverTelemetry
{
    /// <summary>Name of the <see cref="ActivitySource"/>: <c>SmsCx.Receiver</c>.</summary>
    public const string SourceName = "SmsCx.Receiver";

    /// <summary>Name of the <see cref="Meter"/>: <c>SmsCx.Receiver</c>.</summary>
    public const string MeterName = "SmsCx.Receiver";

    /// <summary>Span of one webhook request: <c>smscx.receiver.webhook</c>.</summary>
    public const string WebhookSpan = "smscx.receiver.webhook";

    /// <summary>Span of the storage transaction of one batch: <c>smscx.receiver.store</c>.</summary>
    public const string StoreSpan = "smscx.receiver.store";

    /// <summary>Attribute and metric tag: webhook event, e.g. <c>dlr_update</c> (<c>smscx.webhook.event</c>).</summary>
    public const string EventTag = "smscx.webhook.event";

    /// <summary>Attribute: items in the request (<c>smscx.webhook.items</c>, int).</summary>
    public const string ItemCountTag = "smscx.webhook.items";

    /// <summary>Attribute: items stored for the first time (<c>smscx.webhook.stored</c>, int).</summary>
    public const string StoredTag = "smscx.webhook.stored";

    /// <summary>Attribute: redelivered items (<c>smscx.webhook.duplicates</c>, int).</summary>
    public const string DuplicateTag = "smscx.webhook.duplicates";

    /// <summary>Attribute: malformed items set aside (<c>smscx.webhook.set_aside</c>, int).</summary>
    public const string SetAsideTag = "smscx.webhook.set_aside";

    /// <summary>Attribute and metric tag: how the request ended (<c>smscx.outcome</c>).</summary>
    public const string OutcomeTag = "smscx.outcome";

    /// <summary>Attribute: why a request was refused or failed (<c>error.type</c>).</summary>
    public const string ErrorTag = "error.type";

    /// <summary>Metric tag: kind of an inbox side effect (<c>smscx.inbox.kind</c>).</summary>
    public const string KindTag = "smscx.inbox.kind";

    /// <summary>Counter of webhook requests: <c>smscx.receiver.webhook.requests</c>.</summary>
    public const string WebhookRequests = "smscx.receiver.webhook.requests";

    /// <summary>Counter of items stored for the first time: <c>smscx.receiver.items.stored</c>.</summary>
    public const string ItemsStored = "smscx.receiver.items.stored";

    /// <summary>Counter of redelivered items: <c>smscx.receiver.items.duplicates</c>.</summary>
    public const string ItemsDuplicate = "smscx.receiver.items.duplicates";

    /// <summary>Counter of items set aside: <c>smscx.receiver.items.set_aside</c>.</summary>
    public const string ItemsSetAside = "smscx.receiver.items.set_aside";

    /// <summary>Histogram of webhook handling times in ms: <c>smscx.receiver.webhook.duration</c>.</summary>
    public const string WebhookDuration = "smscx.receiver.webhook.duration";

    /// <summary>Counter of side effects applied: <c>smscx.receiver.inbox.applied</c>.</summary>
    public const string InboxApplied = "smscx.receiver.inbox.applied";

    /// <summary>Counter of failed side-effect attempts: <c>smscx.receiver.inbox.failed</c>.</summary>
    public const string InboxFailed = "smscx.receiver.inbox.failed";

    private static readonly string? s_version = typeof(ReceiverTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource Source = new(SourceName, s_version);

    internal static readonly Meter Meter = new(MeterName, s_version);

    internal static readonly Counter<long> RequestCounter =
        Meter.CreateCounter<long>(WebhookRequests, "{request}", "Webhook requests, by event and outcome.");

    internal static readonly Counter<long> StoredCounter =
        Meter.CreateCounter<long>(ItemsStored, "{item}", "Webhook items stored for the first time, by event.");

    internal static readonly Counter<long> DuplicateCounter =
        Meter.CreateCounter<long>(ItemsDuplicate, "{item}", "Redelivered webhook items that changed nothing, by event.");

    internal static readonly Counter<long> SetAsideCounter =
        Meter.CreateCounter<long>(ItemsSetAside, "{item}", "Malformed webhook items set aside, by event.");

    internal static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>(WebhookDuration, "ms", "Handling time of a webhook request.");

    internal static readonly Counter<long> AppliedCounter =
        Meter.CreateCounter<long>(InboxApplied, "{item}", "Side effects applied from the inbox, by kind.");

    internal static readonly Counter<long> FailedCounter =
        Meter.CreateCounter<long>(InboxFailed, "{item}", "Side-effect attempts that failed, by kind.");
}
