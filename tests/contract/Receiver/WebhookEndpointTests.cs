using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmsCx.Contract.Tests.Receiver;

[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Kinds))]
public class WebhookEndpointTests(string store)
{
    private readonly string _store = store;

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_RedeliveredDlr_ChangesNothing(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var msgId = Some.MsgId();
        var body = Some.Batch("dlr_update", Some.Dlr(msgId, "DELIVERED"));

        await receiver.PostWebhookOkAsync(body, ct);
        var ack = await receiver.PostWebhookOkAsync(body, ct);

        var message = await receiver.GetAsync($"/messages/{msgId}", ct);
        var stats = await receiver.GetAsync("/stats", ct);
        Assert.Multiple(() =>
        {
            Assert.That(ack.GetProperty("duplicates").GetInt32(), Is.EqualTo(1));
            Assert.That(message.GetProperty("history").GetArrayLength(), Is.EqualTo(1));
            Assert.That(message.GetProperty("status").GetString(), Is.EqualTo("DELIVERED"));
            Assert.That(stats.GetProperty("duplicatesIgnored").GetInt64(), Is.EqualTo(1));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_OutOfOrderDlr_LateSentKeepsDelivered(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var msgId = Some.MsgId();

        var delivered = Some.Dlr(msgId, "DELIVERED", datetime: "2026-05-14 09:21:12");
        var lateSent = Some.Dlr(msgId, "SENT", datetime: "2026-05-14 09:21:10");

        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", delivered), ct);
        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", lateSent), ct);

        var message = await receiver.GetAsync($"/messages/{msgId}", ct);
        var history = message.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString());
        Assert.Multiple(() =>
        {
            Assert.That(message.GetProperty("status").GetString(), Is.EqualTo("DELIVERED"));
            Assert.That(message.GetProperty("statusCode").GetInt32(), Is.EqualTo(3));
            Assert.That(history, Is.EqualTo((string[])["DELIVERED", "SENT"]));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_FailedWithErrorCode_StoresErrorCode(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var msgId = Some.MsgId();

        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "SENT")), ct);
        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "FAILED", errorCode: 7)), ct);
        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "DELIVERED")), ct);

        var message = await receiver.GetAsync($"/messages/{msgId}", ct);
        Assert.Multiple(() =>
        {
            Assert.That(message.GetProperty("status").GetString(), Is.EqualTo("FAILED"));
            Assert.That(message.GetProperty("errorCode").GetInt32(), Is.EqualTo(7));
            Assert.That(message.GetProperty("history").GetArrayLength(), Is.EqualTo(3));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task GetMessage_NullAndZeroErrorCode_ExportedAsJsonNullAndZero(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var msgId = Some.MsgId();

        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "SENT", errorCode: null)), ct);
        await receiver.PostWebhookOkAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "FAILED", errorCode: 0)), ct);

        var message = await receiver.GetAsync($"/messages/{msgId}", ct);
        var history = message.GetProperty("history");
        Assert.Multiple(() =>
        {
            Assert.That(history[0].GetProperty("errorCode").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(history[1].GetProperty("errorCode").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(message.GetProperty("errorCode").GetInt32(), Is.Zero);
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_OneMalformedItemInBatch_AppliesOthersAndSetsItAside(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        string first = Some.MsgId(), third = Some.MsgId();
        var bad = Some.Dlr(Some.MsgId(), "DELIVERED", datetime: "yesterday");

        var ack = await receiver.PostWebhookOkAsync(
            Some.Batch("dlr_update", Some.Dlr(first, "DELIVERED"), bad, Some.Dlr(third, "SENT")), ct);

        var rejected = await receiver.GetAsync("/rejected", ct);
        Assert.Multiple(() =>
        {
            Assert.That(ack.GetProperty("applied").GetInt32(), Is.EqualTo(2));
            Assert.That(ack.GetProperty("rejected").GetInt32(), Is.EqualTo(1));
            Assert.That(rejected.GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(rejected.GetProperty("data")[0].GetProperty("reason").GetString(), Does.Contain("datetime"));
            Assert.That(rejected.GetProperty("data")[0].GetProperty("raw").GetString(), Does.Contain("yesterday"));
        });
        await receiver.GetAsync($"/messages/{first}", ct);
        await receiver.GetAsync($"/messages/{third}", ct);
    }

    [TestCase("not json at all")]
    [TestCase("{\"event\":\"dlr_update\"}")]
    [TestCase("{\"data\":[{}]}")]
    [TestCase("{\"event\":\"dlr_update\",\"data\":[]}")]
    [TestCase("[1,2,3]")]
    [CancelAfter(30_000)]
    public async Task PostWebhook_InvalidEnvelope_Returns400Problem(string body, CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);

        using var response = await receiver.PostWebhookAsync(body, ct);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_OversizedBody_Returns413(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store, ("Receiver:MaxBodyBytes", "2048"));
        var items = Enumerable.Range(0, 40).Select(_ => (JsonNode?)Some.Dlr(Some.MsgId(), "SENT")).ToArray();

        using var response = await receiver.PostWebhookAsync(Some.Batch("dlr_update", items), ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        var stats = await receiver.GetAsync("/stats", ct);
        Assert.That(stats.GetProperty("itemsReceived").GetInt64(), Is.Zero);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task NewOptout_PhoneNumberNotAPhone_SetAsideAndRestOfBatchApplied(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);

        var ack = await receiver.PostWebhookOkAsync(Some.Batch("new_optout",
            Some.Optout(1, "not a phone"), Some.Optout(2, "+33600000009")), ct);

        var optouts = await receiver.WaitForAsync("/optouts", o => o.GetProperty("total").GetInt32() == 1, ct);
        var rejected = await receiver.GetAsync("/rejected", ct);
        Assert.Multiple(() =>
        {
            Assert.That(ack.GetProperty("applied").GetInt32(), Is.EqualTo(1));
            Assert.That(ack.GetProperty("rejected").GetInt32(), Is.EqualTo(1));
            Assert.That(optouts.GetProperty("data")[0].GetProperty("phoneNumber").GetString(),
                Is.EqualTo("+33600000009"));
            Assert.That(rejected.GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(rejected.GetProperty("data")[0].GetProperty("reason").GetString(),
                Does.Contain("'phoneNumber'").And.Contain("E.164"));
            Assert.That(rejected.GetProperty("data")[0].GetProperty("raw").GetString(), Does.Contain("not a phone"));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task ReceiveSms_FromNotAPhone_SetAsideAndRestOfBatchApplied(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);

        var ack = await receiver.PostWebhookOkAsync(Some.Batch("receive_sms",
            Some.Reply("not a phone", "STOP"), Some.Reply("0049 151 1234-5678", "Hi")), ct);

        var rejected = await receiver.GetAsync("/rejected", ct);
        await receiver.WaitForAsync("/stats", s => s.GetProperty("pendingSideEffects").GetInt64() == 0, ct);
        var optouts = await receiver.GetAsync("/optouts", ct);
        Assert.Multiple(() =>
        {
            Assert.That(ack.GetProperty("applied").GetInt32(), Is.EqualTo(1));
            Assert.That(ack.GetProperty("rejected").GetInt32(), Is.EqualTo(1));
            Assert.That(rejected.GetProperty("data")[0].GetProperty("reason").GetString(),
                Does.Contain("'from'").And.Contain("E.164"));
            Assert.That(optouts.GetProperty("total").GetInt32(), Is.Zero);
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task ShortlinkHit_PhoneNumberNotAPhone_SetAsideWhileNullIsAccepted(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var untracked = Some.Hit(2, Some.Phone);
        untracked["phoneNumber"] = null;

        var ack = await receiver.PostWebhookOkAsync(Some.Batch("shortlink_hit",
            Some.Hit(1, "not a phone"), untracked, Some.Hit(3, Some.Phone)), ct);

        var rejected = await receiver.GetAsync("/rejected", ct);
        Assert.Multiple(() =>
        {
            Assert.That(ack.GetProperty("applied").GetInt32(), Is.EqualTo(2));
            Assert.That(ack.GetProperty("rejected").GetInt32(), Is.EqualTo(1));
            Assert.That(rejected.GetProperty("data")[0].GetProperty("reason").GetString(),
                Does.Contain("'phoneNumber'").And.Contain("E.164"));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_UnknownEvent_Returns200AndSetsItemsAside(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);

        await receiver.PostWebhookOkAsync(Some.Batch("receive_carrier_pigeon", new JsonObject { ["id"] = 1 }), ct);

        var rejected = await receiver.GetAsync("/rejected", ct);
        Assert.Multiple(() =>
        {
            Assert.That(rejected.GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(rejected.GetProperty("data")[0].GetProperty("event").GetString(),
                Is.EqualTo("receive_carrier_pigeon"));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_WrongOrMissingSecret_Returns401AndStoresNothing(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store, ("Receiver:Secret", "s3cret-Path"));
        var msgId = Some.MsgId();
        var body = Some.Batch("dlr_update", Some.Dlr(msgId, "DELIVERED"));

        using var wrong = await receiver.PostWebhookAsync(body, ct, ReceiverHarness.WebhookPath + "/s3cret-Patx");
        using var missing = await receiver.PostWebhookAsync(body, ct);
        using var message = await receiver.Client.GetAsync($"/messages/{msgId}", ct);

        Assert.Multiple(() =>
        {
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(message.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_RightSecret_Returns200(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store, ("Receiver:Secret", "s3cret-Path"));
        var msgId = Some.MsgId();

        using var response = await receiver.PostWebhookAsync(
            Some.Batch("dlr_update", Some.Dlr(msgId, "DELIVERED")), ct, ReceiverHarness.WebhookPath + "/s3cret-Path");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await receiver.GetAsync($"/messages/{msgId}", ct);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task GetMessage_UnknownMsgId_Returns404Problem(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);

        using var response = await receiver.Client.GetAsync($"/messages/{Some.MsgId()}", ct);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_ConcurrentBatches_AllStoredOnce(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var msgIds = Enumerable.Range(0, 20).Select(_ => Some.MsgId()).ToList();
        var bodies = msgIds.Select(id => Some.Batch("dlr_update", Some.Dlr(id, "SENT"), Some.Dlr(id, "DELIVERED")));

        var posts = bodies.Concat(bodies).Select(body => receiver.Client.PostAsync(
            ReceiverHarness.WebhookPath, new StringContent(body, Encoding.UTF8, "application/json"), ct));
        var responses = await Task.WhenAll(posts);

        var stats = await receiver.GetAsync("/stats", ct);
        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(stats.GetProperty("itemsReceived").GetInt64(), Is.EqualTo(80));
            Assert.That(stats.GetProperty("duplicatesIgnored").GetInt64(), Is.EqualTo(40));
        });
        foreach (var response in responses)
            response.Dispose();
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_StorageFails_Returns503AndStoresNothing(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var msgId = Some.MsgId();
        await receiver.GetAsync("/health", ct);
        receiver.Database.Execute("DROP TABLE event_counter_shards;");

        using var response = await receiver.PostWebhookAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "DELIVERED")), ct);

        using var message = await receiver.Client.GetAsync($"/messages/{msgId}", ct);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(message.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_BodyWithUtf8ByteOrderMark_Accepted(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var msgId = Some.MsgId();
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Some.Batch("dlr_update", Some.Dlr(msgId, "SENT")))];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var response = await receiver.Client.PostAsync(ReceiverHarness.WebhookPath, content, ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await receiver.GetAsync($"/messages/{msgId}", ct);
    }
}
