using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmsCx.Receiver.Domain;

namespace SmsCx.Contract.Tests.Receiver;

/// <summary>Each test pins one delivery fault that breaks real webhook handlers, on every store.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Kinds))]
public class FaultRegressionTests(string store)
{
    [Test]
    [CancelAfter(30_000)]
    public async Task GetMessage_ErrorCodeMissing_ExportedAsJsonNullNeverString(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(store);
        var msgId = Some.MsgId();
        var item = Some.Dlr(msgId, "SENT");
        item.Remove("errorCode");

        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", item), ct);

        using var response = await receiver.Client.GetAsync($"/messages/{msgId}", ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var message = JsonDocument.Parse(text).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(message.GetProperty("errorCode").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(message.GetProperty("history")[0].GetProperty("errorCode").ValueKind,
                Is.EqualTo(JsonValueKind.Null));
            Assert.That(text, Does.Not.Contain("\"null\""));
        });
    }

    [Test]
    [CancelAfter(90_000)]
    public async Task PostWebhook_SlowSideEffect200Items_AckFastAndEachEffectRunsOnce(CancellationToken ct)
    {
        var effect = new RecordingSideEffect(TimeSpan.FromMilliseconds(100));
        await using var receiver = ReceiverHarness.Start(store, Use(effect));
        var replies = Enumerable.Range(0, 200).Select(i => (JsonNode?)Some.Reply($"+49151000{i:D5}", "Thanks")).ToArray();

        var clock = Stopwatch.StartNew();
        var ack = await receiver.PostWebhookOkAsync(Some.Batch("receive_sms", replies), ct);
        var ackTime = clock.Elapsed;

        Assert.That(ack.GetProperty("applied").GetInt32(), Is.EqualTo(200));
        Assert.That(ackTime, Is.LessThan(TimeSpan.FromSeconds(2)), "ack waits for no side effect");
        await effect.WaitForAsync(200, TimeSpan.FromSeconds(60), ct);
        await receiver.WaitForAsync("/stats", s => s.GetProperty("pendingSideEffects").GetInt64() == 0, ct);
        Assert.That(effect.Runs.Values, Is.All.EqualTo(1));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_ConcurrentRedeliveryOfSameItem_AppliedOnce(CancellationToken ct)
    {
        var effect = new RecordingSideEffect(TimeSpan.Zero);
        await using var receiver = ReceiverHarness.Start(store, Use(effect));
        var msgId = Some.MsgId();
        var dlr = Some.Batch("dlr_update", Some.Dlr(msgId, "DELIVERED"));
        var reply = Some.Batch("receive_sms", Some.Reply(Some.Phone, "Yes", Some.MsgId()));

        var posts = Enumerable.Range(0, 8).SelectMany(_ => new[] { dlr, reply })
            .Select(body => receiver.PostWebhookAsync(body, ct)).ToList();
        var responses = await Task.WhenAll(posts);

        await effect.WaitForAsync(1, TimeSpan.FromSeconds(10), ct);
        var message = await receiver.GetAsync($"/messages/{msgId}", ct);
        var stats = await receiver.WaitForAsync("/stats", s => s.GetProperty("pendingSideEffects").GetInt64() == 0, ct);
        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(message.GetProperty("history").GetArrayLength(), Is.EqualTo(1));
            Assert.That(stats.GetProperty("duplicatesIgnored").GetInt64(), Is.EqualTo(14));
            Assert.That(effect.Runs.Values.Single(), Is.EqualTo(1));
        });
        foreach (var response in responses)
            response.Dispose();
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_200ItemBatchWithLongUrlsOver1MB_Accepted(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(store);
        var longUrl = "https://en.ax/aB3/k9P?utm=" + new string('x', 6_000);
        var hits = Enumerable.Range(1, 200).Select(i =>
        {
            var hit = Some.Hit(i, Some.Phone);
            hit["url"] = longUrl;
            hit["referrer"] = longUrl;
            return (JsonNode?)hit;
        }).ToArray();
        var body = Some.Batch("shortlink_hit", hits);

        var ack = await receiver.PostWebhookOkAsync(body, ct);

        Assert.Multiple(() =>
        {
            Assert.That(body, Has.Length.GreaterThan(1024 * 1024));
            Assert.That(ack.GetProperty("applied").GetInt32(), Is.EqualTo(200));
        });
    }

    [TestCase("2026-05-14 09:21:12")]
    [TestCase("2026-05-14T09:21:12")]
    [TestCase("2026-05-14T09:21:12+00:00")]
    [TestCase("2026-05-14T11:21:12+02:00")]
    [CancelAfter(30_000)]
    public async Task PostWebhook_BothReferenceDateFormats_ParsedAsUtc(string datetime, CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(store);
        var msgId = Some.MsgId();

        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "SENT", datetime: datetime)), ct);

        var message = await receiver.GetAsync($"/messages/{msgId}", ct);
        Assert.That(message.GetProperty("updatedAt").GetDateTimeOffset(),
            Is.EqualTo(new DateTimeOffset(2026, 5, 14, 9, 21, 12, TimeSpan.Zero)));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_UpperCaseDlrMsgId_SameMessageAsLowerCase(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(store);
        var msgId = Some.MsgId();
        var upper = msgId.ToUpperInvariant();

        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "SENT")), ct);
        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(upper, "DELIVERED")), ct);
        var redelivered = await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(upper, "SENT")), ct);

        var byLower = await receiver.GetAsync($"/messages/{msgId}", ct);
        var byUpper = await receiver.GetAsync($"/messages/{upper}", ct);
        Assert.Multiple(() =>
        {
            Assert.That(byLower.GetProperty("msgId").GetString(), Is.EqualTo(msgId));
            Assert.That(byLower.GetProperty("status").GetString(), Is.EqualTo("DELIVERED"));
            Assert.That(byLower.GetProperty("history").GetArrayLength(), Is.EqualTo(2));
            Assert.That(redelivered.GetProperty("duplicates").GetInt32(), Is.EqualTo(1));
            Assert.That(byUpper.ToString(), Is.EqualTo(byLower.ToString()));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_UpperCaseReplyMsgId_RedeliveryInLowerCaseIsDuplicate(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(store);
        var msgId = Some.MsgId();
        var upper = Some.Reply(Some.Phone, "Hi", msgId.ToUpperInvariant());

        await receiver.PostWebhookOkAsync(Some.Batch("receive_sms", upper), ct);
        var ack = await receiver.PostWebhookOkAsync(Some.Batch("receive_sms", Some.Reply(Some.Phone, "Hi", msgId)), ct);

        Assert.That(ack.GetProperty("duplicates").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostAppointment_UpperCaseSentMsgIdThenLowerCaseDlr_OneMessageWithAppointment(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(store);
        var msgId = Some.MsgId();
        await receiver.CreateAppointmentAsync("A-1001", msgId.ToUpperInvariant(), ct);

        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "DELIVERED")), ct);

        var message = await receiver.GetAsync($"/messages/{msgId.ToUpperInvariant()}", ct);
        var appointment = await receiver.GetAsync("/appointments/A-1001", ct);
        Assert.Multiple(() =>
        {
            Assert.That(message.GetProperty("status").GetString(), Is.EqualTo("DELIVERED"));
            Assert.That(message.GetProperty("appointmentId").GetString(), Is.EqualTo("A-1001"));
            Assert.That(appointment.GetProperty("reminderMsgId").GetString(), Is.EqualTo(msgId));
        });
    }

    private static Action<IServiceCollection> Use(IReceiverSideEffect effect) =>
        services => services.AddSingleton(effect);
}
