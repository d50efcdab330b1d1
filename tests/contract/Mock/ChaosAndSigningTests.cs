using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SmsCx.Mock;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed class ChaosAndSigningTests
{
    private const string Valid = "+4915112345678";
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(1);

    [Test, CancelAfter(30_000)]
    public async Task Signing_SecretSet_SignsIdTimestampAndRawBodyTheStandardWebhooksWay(CancellationToken ct)
    {
        var key = "0123456789abcdef0123456789abcdef"u8.ToArray();
        using var sink = WebhookSink.Start();
        await using var mock = await StartAsync(o => o.Webhooks.SigningSecret = "whsec_" + Convert.ToBase64String(key), ct);

        await SendAsync(mock, sink, ct);
        await Settle(mock, () => sink.Received().Count >= 2, ct);

        foreach (var request in sink.Received())
        {
            var id = request.Headers["webhook-id"];
            var timestamp = request.Headers["webhook-timestamp"];
            var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{request.RawBody}")));
            Assert.That(request.Headers["webhook-signature"], Is.EqualTo(expected));
            Assert.That(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(mock.Time.GetUtcNow().ToUnixTimeSeconds()).Within(60));
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task Signing_ByDefault_SendsNoSignatureHeaders(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartAsync(null, ct);

        await SendAsync(mock, sink, ct);
        await Settle(mock, () => sink.Received().Count >= 2, ct);

        Assert.That(sink.Received().SelectMany(r => r.Headers.Keys), Has.None.StartsWith("webhook-"));
    }

    [Test]
    public void Options_WhsecSecretThatIsNotBase64_RefusedAtStart()
    {
        var options = new MockOptions();
        options.Webhooks.SigningSecret = "whsec_***";

        Assert.That(options.Validate, Throws.ArgumentException.With.Message.Contains("not base64"));
    }

    [Test, CancelAfter(30_000)]
    public async Task Chaos_DuplicateRateOne_DeliversEveryBatchTwiceWithTheSameId(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartAsync(o =>
        {
            o.Webhooks.Chaos.DuplicateRate = 1;
            o.Webhooks.SigningSecret = "secret";
        }, ct);

        await SendAsync(mock, sink, ct);
        await Settle(mock, () => sink.Received().Count >= 4, ct);

        var received = sink.Received();
        Assert.That(received, Has.Count.EqualTo(4));
        Assert.That(received.GroupBy(r => r.Headers["webhook-id"]).Select(g => g.Count()), Has.All.EqualTo(2));
        Assert.That(received.GroupBy(r => r.RawBody).Select(g => g.Count()), Has.All.EqualTo(2));
        Assert.That(mock.Server.Journal.Snapshot().Count(e => e.Chaos == "duplicate"), Is.EqualTo(2));
    }

    [Test, CancelAfter(30_000)]
    public async Task Chaos_SplitRateOne_SplitsABatchIntoTwoRequestsLosingNothing(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartAsync(o => o.Webhooks.Chaos.SplitRate = 1, ct);

        var sent = await mock.PostJsonAsync("sms", new
        {
            to = new[] { Valid, "+4915112345679", "+4915112345670", "+4915112345671" },
            from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr"),
        }, ct);
        await Settle(mock, () => sink.Received().Sum(r => r.Items.Count) >= 8, ct);

        var sentReports = sink.Received().Where(r => r.Items.All(i => i.GetProperty("status").GetString() == "SENT")).ToList();
        Assert.That(sentReports, Has.Count.EqualTo(2));
        Assert.That(sentReports.SelectMany(r => r.Items).Select(i => i.GetProperty("msgId").GetString()),
            Is.EquivalentTo(sent.Body.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("msgId").GetString())));
        Assert.That(mock.Server.Journal.Snapshot().Select(e => e.Chaos), Has.All.StartsWith("split "));
    }

    [Test, CancelAfter(30_000)]
    public async Task Chaos_ReorderRateOne_HoldsEveryBatchBackByTheDelay(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartAsync(o =>
        {
            o.Webhooks.Chaos.ReorderRate = 1;
            o.Webhooks.Chaos.ReorderDelay = TimeSpan.FromSeconds(5);
        }, ct);
        var sentAt = mock.Time.GetUtcNow();

        await SendAsync(mock, sink, ct);
        await Settle(mock, () => sink.Received().Count >= 1, ct);

        var first = mock.Server.Journal.Snapshot()[0];
        var earliest = sentAt + mock.Server.Options.SentDelay + mock.Server.Options.Webhooks.BatchWindow + TimeSpan.FromSeconds(5);
        Assert.That(first.StartedAt, Is.GreaterThanOrEqualTo(earliest));
        Assert.That(first.Chaos, Does.StartWith("held back"));
    }

    [Test, CancelAfter(30_000)]
    public async Task Chaos_MaxJitter_DelaysFirstAttemptsWithinTheBound(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartAsync(o => o.Webhooks.Chaos.MaxJitter = TimeSpan.FromSeconds(10), ct);
        var sentAt = mock.Time.GetUtcNow();

        await SendAsync(mock, sink, ct);
        await Settle(mock, () => sink.Received().Count >= 1, ct);

        var start = sentAt + mock.Server.Options.SentDelay + mock.Server.Options.Webhooks.BatchWindow;
        Assert.That(mock.Server.Journal.Snapshot()[0].StartedAt, Is.InRange(start, start + TimeSpan.FromSeconds(10.5)));
    }

    [Test, CancelAfter(30_000)]
    public async Task Chaos_EarlyReportRateOne_SentReportReachesTheReceiverBeforeTheSendAnswer(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartAsync(o => o.Webhooks.Chaos.EarlyReportRate = 1, ct);

        var sent = await SendAsync(mock, sink, ct);
        var receivedBeforeAnswer = sink.Received();
        await Settle(mock, () => sink.Received().Count >= 2, ct);

        Assert.That(receivedBeforeAnswer, Has.Count.EqualTo(1));
        Assert.That(receivedBeforeAnswer[0].Items[0].GetProperty("status").GetString(), Is.EqualTo("SENT"));
        Assert.That(receivedBeforeAnswer[0].Items[0].GetProperty("msgId").GetString(),
            Is.EqualTo(sent.GetProperty("data")[0].GetProperty("msgId").GetString()));
        Assert.That(sink.Received().Select(r => r.Items[0].GetProperty("status").GetString()), Is.EqualTo(new[] { "SENT", "DELIVERED" }));
    }

    [TestCase(-0.1)]
    [TestCase(1.5)]
    public void Options_ChaosRateOutOfRange_RefusedAtStart(double rate)
    {
        var options = new MockOptions();
        options.Webhooks.Chaos.DuplicateRate = rate;

        Assert.That(options.Validate, Throws.ArgumentException.With.Message.Contains("DuplicateRate"));
    }

    private static Task<MockHarness> StartAsync(Action<MockOptions>? configure, CancellationToken ct) =>
        MockHarness.StartAsync(o =>
        {
            o.Webhooks.Timeout = TimeSpan.FromHours(12);
            configure?.Invoke(o);
        }, ct);

    private static async Task<JsonElement> SendAsync(MockHarness mock, WebhookSink sink, CancellationToken ct)
    {
        var (status, body, response) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        response.Dispose();
        Assert.That(status, Is.EqualTo(200));
        return body;
    }

    private static Task Settle(MockHarness mock, Func<bool> condition, CancellationToken ct) =>
        mock.AdvanceUntilAsync(() => condition() && mock.Dispatcher.PendingWork == 0, s_patience, ct);
}

[TestFixture]
public sealed class JournalQueryTests
{
    [Test, CancelAfter(30_000)]
    public async Task AllAcknowledgedWithin_EveryDeliveredAcked_TrueAndFalseForAStatusNeverSent(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await MockHarness.StartAsync(o => o.Webhooks.Timeout = TimeSpan.FromHours(12), ct);
        var (_, sent, _) = await mock.PostJsonAsync("sms", new { to = "+4915112345678", from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        var msgId = sent.GetProperty("data")[0].GetProperty("msgId").GetString();

        await mock.AdvanceUntilAsync(() => mock.Server.Journal.Find("dlr_update", "DELIVERED").Count > 0, TimeSpan.FromMinutes(1), ct);

        Assert.That(mock.Server.Journal.AllAcknowledgedWithin("dlr_update", "DELIVERED", TimeSpan.FromMilliseconds(200)), Is.True);
        Assert.That(mock.Server.Journal.AllAcknowledgedWithin("dlr_update", "FAILED", TimeSpan.FromMilliseconds(200)), Is.False);
        Assert.That(mock.Server.Journal.Find("dlr_update", msgId: msgId).Select(e => e.Items[0].Status), Is.EqualTo(new[] { "SENT", "DELIVERED" }));
    }
}
