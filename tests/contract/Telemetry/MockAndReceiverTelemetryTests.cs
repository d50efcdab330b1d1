using System.Diagnostics;
using SmsCx.Contract.Tests.Mock;
using SmsCx.Mock.Diagnostics;
using SmsCx.Mock.Webhooks;
using SmsCx.Receiver;
using SmsCx.Receiver.Diagnostics;

namespace SmsCx.Contract.Tests.Telemetry;

// Listeners are process-wide: these tests must not overlap with each other or with the ones that check that
// nobody listens.
[TestFixture, NonParallelizable]
public sealed class MockAndReceiverTelemetryTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(1);

    [Test, CancelAfter(60_000)]
    public async Task Send_DeliveredToReceiver_SendAttemptAndReceiverSpansShareOneTrace(CancellationToken ct)
    {
        using var capture = new TelemetryCapture(MockTelemetry.SourceName, ReceiverTelemetry.SourceName);
        var folder = Directory.CreateTempSubdirectory("smscx-otel-");
        await using var receiver = await ReceiverServer.StartAsync(
            new ReceiverOptions { DatabasePath = Path.Combine(folder.FullName, "r.db") }, 0, ct);
        await using var mock = await MockHarness.StartAsync(o =>
        {
            o.WebhookUrl = receiver.WebhookUrl;
            o.Webhooks.Timeout = TimeSpan.FromHours(12);
            o.Webhooks.Chaos.DuplicateRate = 1;
        }, ct);

        var (status, _, response) = await mock.PostJsonAsync("sms", new { to = "+4915112345678", from = "AcmeShop", text = "Hi" }, ct);
        response.Dispose();
        await mock.AdvanceUntilAsync(() => Acknowledged(mock) == 4 && mock.Dispatcher.PendingWork == 0, s_patience, ct);

        Assert.That(status, Is.EqualTo(200));
        var send = capture.Spans(MockTelemetry.SendSpan).Single();
        Assert.That(send.GetTagItem(MockTelemetry.NumberCountTag), Is.EqualTo(1));
        Assert.That(send.GetTagItem(MockTelemetry.PartsTag), Is.EqualTo(1));
        Assert.That(send.GetTagItem(MockTelemetry.MessageCountTag), Is.EqualTo(1));
        Assert.That(send.GetTagItem(MockTelemetry.OutcomeTag), Is.EqualTo("accepted"));

        var changes = capture.Spans(MockTelemetry.StatusSpan);
        Assert.That(changes.Select(c => c.GetTagItem(MockTelemetry.StatusTag)), Is.EqualTo(new[] { "SENT", "DELIVERED" }));
        Assert.That(changes, Has.All.Matches<Activity>(c => c.TraceId == send.TraceId && c.ParentSpanId == send.SpanId));

        var attempts = capture.Spans(MockTelemetry.WebhookAttemptSpan);
        Assert.That(attempts, Has.Count.EqualTo(4), "SENT and DELIVERED, each delivered twice by chaos");
        Assert.That(attempts, Has.All.Matches<Activity>(a =>
            a.Kind == ActivityKind.Client
            && (string?)a.GetTagItem(MockTelemetry.EventTag) == "dlr_update"
            && (int?)a.GetTagItem(MockTelemetry.ItemCountTag) == 1
            && (int?)a.GetTagItem(MockTelemetry.AttemptTag) == 1
            && (int?)a.GetTagItem(MockTelemetry.StatusCodeTag) == 200
            && (string?)a.GetTagItem(MockTelemetry.OutcomeTag) == "acknowledged"
            && (string?)a.GetTagItem(MockTelemetry.EndpointTag) == receiver.WebhookUrl.AbsoluteUri
            && a.TraceId == send.TraceId && a.ParentSpanId == send.SpanId
            && a.Links.Single().Context.SpanId == send.SpanId));

        // The attempt's traceparent reached the receiver: its spans continue the same trace.
        var handled = capture.Spans(ReceiverTelemetry.WebhookSpan);
        Assert.That(handled, Has.Count.EqualTo(4));
        Assert.That(handled.Select(h => h.TraceId), Has.All.EqualTo(send.TraceId));
        Assert.That(handled.Select(h => h.GetTagItem(ReceiverTelemetry.OutcomeTag)),
            Is.EquivalentTo(new[] { "stored", "stored", "duplicate", "duplicate" }));
        Assert.That(capture.Spans(ReceiverTelemetry.StoreSpan), Has.Count.EqualTo(4));

        Assert.That(capture.Sum(MockTelemetry.Sends, (MockTelemetry.OutcomeTag, "accepted")), Is.EqualTo(1));
        Assert.That(capture.Sum(MockTelemetry.Messages, (MockTelemetry.StatusTag, "DELIVERED")), Is.EqualTo(1));
        Assert.That(capture.Sum(MockTelemetry.WebhookAttempts, (MockTelemetry.EventTag, "dlr_update"),
            (MockTelemetry.OutcomeTag, "acknowledged")), Is.EqualTo(4));
        Assert.That(capture.Sum(MockTelemetry.WebhookItemsDelivered), Is.EqualTo(4));
        Assert.That(capture.Count(MockTelemetry.WebhookAttemptDuration, (MockTelemetry.OutcomeTag, "acknowledged")), Is.EqualTo(4));
        Assert.That(capture.Count(MockTelemetry.WebhookAckDelay, (MockTelemetry.EventTag, "dlr_update")), Is.EqualTo(4));
        Assert.That(capture.Sum(ReceiverTelemetry.WebhookRequests, (ReceiverTelemetry.OutcomeTag, "stored")), Is.EqualTo(2));
        Assert.That(capture.Sum(ReceiverTelemetry.WebhookRequests, (ReceiverTelemetry.OutcomeTag, "duplicate")), Is.EqualTo(2));
        Assert.That(capture.Sum(ReceiverTelemetry.ItemsStored, (ReceiverTelemetry.EventTag, "dlr_update")), Is.EqualTo(2));
        Assert.That(capture.Sum(ReceiverTelemetry.ItemsDuplicate, (ReceiverTelemetry.EventTag, "dlr_update")), Is.EqualTo(2));
        Assert.That(capture.Count(ReceiverTelemetry.WebhookDuration), Is.EqualTo(4));
    }

    [Test, CancelAfter(60_000)]
    public async Task Attempts_ReceiverAnswers500_FailedAttemptsNumberedAndTaggedThenGivenUp(CancellationToken ct)
    {
        using var capture = new TelemetryCapture(MockTelemetry.SourceName, "System.Net.Http");
        using var sink = WebhookSink.Start(answer: 500);
        await using var mock = await MockHarness.StartAsync(o =>
        {
            o.WebhookUrl = sink.UrlFor("hooks?token=s3cret");
            o.Webhooks.Timeout = TimeSpan.FromHours(12);
            o.Webhooks.RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)];
        }, ct);

        var (status, _, response) = await mock.PostJsonAsync("sms", new { to = "+4915112999902", from = "AcmeShop", text = "Hi" }, ct);
        response.Dispose();
        await mock.AdvanceUntilAsync(
            () => mock.Server.Journal.Snapshot().Any(e => e.Outcome == AttemptOutcome.GaveUp) && mock.Dispatcher.PendingWork == 0,
            s_patience, ct);

        Assert.That(status, Is.EqualTo(200));
        var attempts = capture.Spans(MockTelemetry.WebhookAttemptSpan).OrderBy(a => a.GetTagItem(MockTelemetry.AttemptTag)).ToList();
        Assert.That(attempts.Select(a => a.GetTagItem(MockTelemetry.AttemptTag)), Is.EqualTo(new object[] { 1, 2, 3 }));
        Assert.That(attempts.Select(a => a.GetTagItem(MockTelemetry.OutcomeTag)),
            Is.EqualTo(new[] { "will_retry", "will_retry", "gave_up" }));
        Assert.That(attempts, Has.All.Matches<Activity>(a =>
            a.Status == ActivityStatusCode.Error
            && (int?)a.GetTagItem(MockTelemetry.StatusCodeTag) == 500
            && (string?)a.GetTagItem(MockTelemetry.FailureTag) == "http_status"));
        Assert.That((string?)attempts[0].GetTagItem(MockTelemetry.EndpointTag), Does.EndWith("/hooks?token=***"));
        // HttpClient makes the request's span a child of the attempt's and sends that one as traceparent.
        var requests = capture.Spans("System.Net.Http.HttpRequestOut");
        var traceparents = sink.Received().Select(r => r.Headers.GetValueOrDefault("traceparent") ?? "none").ToList();
        foreach (var attempt in attempts)
        {
            var request = requests.Single(r => r.ParentSpanId == attempt.SpanId);
            Assert.That(traceparents, Has.One.StartsWith($"00-{attempt.TraceId}-{request.SpanId}-"));
        }
        Assert.That(capture.Sum(MockTelemetry.WebhookAttempts, (MockTelemetry.OutcomeTag, "will_retry")), Is.EqualTo(2));
        Assert.That(capture.Sum(MockTelemetry.WebhookAttempts, (MockTelemetry.OutcomeTag, "gave_up")), Is.EqualTo(1));
        Assert.That(capture.Sum(MockTelemetry.WebhookItemsDelivered), Is.Zero);
        Assert.That(capture.Count(MockTelemetry.WebhookAckDelay), Is.Zero);
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_InvalidNumber_SendSpanRefusedWithTheErrorCode(CancellationToken ct)
    {
        using var capture = new TelemetryCapture(MockTelemetry.SourceName);
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (status, body, response) = await mock.PostJsonAsync("sms", new { to = "12", from = "AcmeShop", text = "Hi" }, ct);
        response.Dispose();

        var send = capture.Spans(MockTelemetry.SendSpan).Single();
        Assert.That(status, Is.EqualTo(400));
        Assert.That(send.GetTagItem(MockTelemetry.OutcomeTag), Is.EqualTo("refused"));
        Assert.That(send.GetTagItem(MockTelemetry.ErrorCodeTag), Is.EqualTo(body.GetProperty("error").GetProperty("code").GetInt32()));
        Assert.That(send.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(capture.Sum(MockTelemetry.Sends, (MockTelemetry.OutcomeTag, "refused")), Is.EqualTo(1));
    }

    private static int Acknowledged(MockHarness mock) =>
        mock.Server.Journal.Snapshot().Count(e => e.Outcome == AttemptOutcome.Acknowledged);
}
