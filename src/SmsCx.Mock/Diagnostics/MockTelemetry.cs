using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SmsCx.Mock.Diagnostics;

/// <summary>
/// Names of the mock's traces and metrics, for an OpenTelemetry setup of your own:
/// <c>tracing.AddSource(MockTelemetry.SourceName)</c> and <c>metrics.AddMeter(MockTelemetry.MeterName)</c>.
/// The mock uses only <see cref="ActivitySource"/> and <see cref="Meter"/>; nothing is recorded, and nothing is
/// allocated for it, while no listener is attached. Both are process-wide: several mocks in one process report
/// into the same instruments.
/// </summary>
/// <remarks>
/// <para>Spans:</para>
/// <list type="bullet">
/// <item><description><see cref="SendSpan"/> (<c>smscx.mock.send</c>, internal): one per <c>POST /sms</c> or
/// <c>POST /sms/estimate</c>, a child of the server's request span when ASP.NET Core is traced. Attributes:
/// <see cref="NumberCountTag"/> (recipients in the request, valid or not), <see cref="PartsTag"/> (SMS parts of
/// the accepted messages), <see cref="MessageCountTag"/> (message ids issued), <see cref="OutcomeTag"/>
/// (<c>accepted</c>, <c>estimated</c>, <c>replayed</c> for an idempotent retry, or <c>refused</c>) and, when
/// refused, <see cref="ErrorCodeTag"/> (the SMS.CX error code); status Error when refused.</description></item>
/// <item><description><see cref="WebhookAttemptSpan"/> (<c>smscx.mock.webhook.attempt</c>, client): one per
/// webhook request attempt, retries included. Its parent is the send span of the batch's messages when they all
/// come from one send, and it links to every distinct send span of its items (at most
/// <see cref="MaxLinks"/>). The request carries its W3C <c>traceparent</c>. Attributes: <see cref="EventTag"/>,
/// <see cref="ItemCountTag"/>, <see cref="EndpointTag"/> (user info and query values masked),
/// <see cref="AttemptTag"/> (1 for the first), <see cref="StatusCodeTag"/> (when the receiver answered),
/// <see cref="FailureTag"/> (<c>http_status</c>, <c>timeout</c> or the <see cref="System.Net.Http.HttpRequestError"/>
/// name, when not acknowledged), <see cref="OutcomeTag"/> (<c>acknowledged</c>, <c>will_retry</c>,
/// <c>gave_up</c>); status Error when not acknowledged.</description></item>
/// <item><description><see cref="StatusSpan"/> (<c>smscx.mock.status</c>, internal, instant): one per status change
/// of a message after its send (SENT, DELIVERED, FAILED, ...), a child of the message's send span, so a trace shows
/// the message's timeline and the status-change log entry carries the send's trace id. Attributes:
/// <see cref="StatusTag"/> and, for FAILED, <see cref="ErrorCodeTag"/>.</description></item>
/// </list>
/// <para>Instruments (meter <see cref="MeterName"/>):</para>
/// <list type="table">
/// <listheader><term>name, type, unit</term><description>what, tags</description></listheader>
/// <item><term><see cref="Sends"/>, counter, <c>{send}</c></term><description>send requests handled; tag
/// <see cref="OutcomeTag"/> as on the send span.</description></item>
/// <item><term><see cref="Messages"/>, counter, <c>{message}</c></term><description>messages that reached a final
/// status; tag <see cref="StatusTag"/> (<c>DELIVERED</c>, <c>FAILED</c>, <c>REJECTED</c>, <c>NO COVERAGE</c>).
/// </description></item>
/// <item><term><see cref="WebhookAttempts"/>, counter, <c>{attempt}</c></term><description>webhook request
/// attempts; tags <see cref="EventTag"/>, <see cref="OutcomeTag"/>.</description></item>
/// <item><term><see cref="WebhookItemsDelivered"/>, counter, <c>{item}</c></term><description>items in
/// acknowledged requests (a chaos duplicate counts again); tag <see cref="EventTag"/>.</description></item>
/// <item><term><see cref="WebhookAttemptDuration"/>, histogram, <c>ms</c></term><description>from the start of
/// an attempt to the receiver's answer (or the failure); tags <see cref="EventTag"/>, <see cref="OutcomeTag"/>.
/// </description></item>
/// <item><term><see cref="WebhookAckDelay"/>, histogram, <c>ms</c></term><description>from the status change
/// (or customer action) that made an item to the acknowledgment of the request carrying it, batch window and
/// retries included; one value per item; tag <see cref="EventTag"/>.</description></item>
/// <item><term><see cref="WebhookPendingBatches"/>, up-down counter, <c>{batch}</c></term><description>batches
/// waiting for their window or being delivered, retries included (counted while a listener is attached, so it
/// may start below zero when attached mid-run).</description></item>
/// </list>
/// <para>Durations are measured with the mock's <see cref="TimeProvider"/>, so a fake clock gives fake durations.</para>
/// </remarks>
public static class MockTelemetry
{
    /// <summary>Name of the <see cref="ActivitySource"/>: <c>SmsCx.Mock</c>.</summary>
    public const string SourceName = "SmsCx.Mock";

    /// <summary>Name of the <see cref="Meter"/>: <c>SmsCx.Mock</c>.</summary>
    public const string MeterName = "SmsCx.Mock";

    /// <summary>Span of one send request: <c>smscx.mock.send</c>.</summary>
    public const string SendSpan = "smscx.mock.send";

    /// <summary>Span of one webhook request attempt: <c>smscx.mock.webhook.attempt</c>.</summary>
    public const string WebhookAttemptSpan = "smscx.mock.webhook.attempt";

    /// <summary>Span of one status change of a message, a child of its send span.</summary>
    public const string StatusSpan = "smscx.mock.status";

    /// <summary>Most links a webhook attempt span carries to the send spans of its items: 32.</summary>
    public const int MaxLinks = 32;

    /// <summary>Attribute: recipients in the send request (<c>smscx.send.numbers</c>, int).</summary>
    public const string NumberCountTag = "smscx.send.numbers";

    /// <summary>Attribute: SMS parts of the accepted messages (<c>smscx.send.parts</c>, int).</summary>
    public const string PartsTag = "smscx.send.parts";

    /// <summary>Attribute: message ids the send issued (<c>smscx.send.messages</c>, int).</summary>
    public const string MessageCountTag = "smscx.send.messages";

    /// <summary>Attribute: SMS.CX error code of a refused send (<c>smscx.error.code</c>, int).</summary>
    public const string ErrorCodeTag = "smscx.error.code";

    /// <summary>Attribute and metric tag: how a send or an attempt ended (<c>smscx.outcome</c>, string).</summary>
    public const string OutcomeTag = "smscx.outcome";

    /// <summary>Metric tag: final status of a message, as on the wire (<c>smscx.message.status</c>).</summary>
    public const string StatusTag = "smscx.message.status";

    /// <summary>Attribute and metric tag: webhook event, e.g. <c>dlr_update</c> (<c>smscx.webhook.event</c>).</summary>
    public const string EventTag = "smscx.webhook.event";

    /// <summary>Attribute: items in the webhook request (<c>smscx.webhook.items</c>, int).</summary>
    public const string ItemCountTag = "smscx.webhook.items";

    /// <summary>Attribute: target URL with secrets masked (<c>url.full</c>).</summary>
    public const string EndpointTag = "url.full";

    /// <summary>Attribute: attempt number, 1 for the first (<c>smscx.webhook.attempt</c>, int).</summary>
    public const string AttemptTag = "smscx.webhook.attempt";

    /// <summary>Attribute: HTTP status of the receiver's answer (<c>http.response.status_code</c>, int).</summary>
    public const string StatusCodeTag = "http.response.status_code";

    /// <summary>Attribute: why an attempt was not acknowledged (<c>error.type</c>).</summary>
    public const string FailureTag = "error.type";

    /// <summary>Counter of send requests: <c>smscx.mock.sends</c>.</summary>
    public const string Sends = "smscx.mock.sends";

    /// <summary>Counter of messages that reached a final status: <c>smscx.mock.messages</c>.</summary>
    public const string Messages = "smscx.mock.messages";

    /// <summary>Counter of webhook attempts: <c>smscx.mock.webhook.attempts</c>.</summary>
    public const string WebhookAttempts = "smscx.mock.webhook.attempts";

    /// <summary>Counter of items in acknowledged webhook requests: <c>smscx.mock.webhook.items_delivered</c>.</summary>
    public const string WebhookItemsDelivered = "smscx.mock.webhook.items_delivered";

    /// <summary>Histogram of attempt durations in ms: <c>smscx.mock.webhook.attempt.duration</c>.</summary>
    public const string WebhookAttemptDuration = "smscx.mock.webhook.attempt.duration";

    /// <summary>Histogram of status-change-to-acknowledgment delays in ms: <c>smscx.mock.webhook.ack_delay</c>.</summary>
    public const string WebhookAckDelay = "smscx.mock.webhook.ack_delay";

    /// <summary>Up-down counter of batches not yet done: <c>smscx.mock.webhook.pending_batches</c>.</summary>
    public const string WebhookPendingBatches = "smscx.mock.webhook.pending_batches";

    private static readonly string? s_version = typeof(MockTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource Source = new(SourceName, s_version);

    internal static readonly Meter Meter = new(MeterName, s_version);

    internal static readonly Counter<long> SendCounter =
        Meter.CreateCounter<long>(Sends, "{send}", "Send requests handled, by outcome.");

    internal static readonly Counter<long> MessageCounter =
        Meter.CreateCounter<long>(Messages, "{message}", "Messages that reached a final status, by status.");

    internal static readonly Counter<long> AttemptCounter =
        Meter.CreateCounter<long>(WebhookAttempts, "{attempt}", "Webhook request attempts, by event and outcome.");

    internal static readonly Counter<long> ItemsDeliveredCounter =
        Meter.CreateCounter<long>(WebhookItemsDelivered, "{item}", "Items in acknowledged webhook requests, by event.");

    internal static readonly Histogram<double> AttemptDuration = Meter.CreateHistogram<double>(
        WebhookAttemptDuration, "ms", "From the start of a webhook attempt to the receiver's answer or the failure.");

    internal static readonly Histogram<double> AckDelay = Meter.CreateHistogram<double>(
        WebhookAckDelay, "ms", "From the status change that made an item to the acknowledgment of its request.");

    internal static readonly UpDownCounter<long> PendingBatches = Meter.CreateUpDownCounter<long>(
        WebhookPendingBatches, "{batch}", "Webhook batches waiting for their window or being delivered.");
}
