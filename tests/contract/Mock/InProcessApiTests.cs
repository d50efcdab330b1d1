using SmsCx.Mock;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed class InProcessApiTests
{
    [Test, CancelAfter(30_000)]
    public async Task Customer_RepliesToTheLatestSms_ReceiveSmsGoesToTheAccountWebhook(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await MockHarness.StartAsync(o => { o.WebhookUrl = sink.UrlFor("hooks"); o.Webhooks.Timeout = TimeSpan.FromHours(12); }, ct);
        await mock.PostJsonAsync("sms", new { to = "+4915112345678", from = "AcmeShop", text = "Hi" }, ct);

        var reply = await mock.Server.Customer("+49 151 12345678").RepliesAsync("YES");
        await mock.AdvanceUntilAsync(() => sink.Received().Any(r => r.Event == "receive_sms"), TimeSpan.FromMinutes(1), ct);

        Assert.That(mock.Server.Messages, Has.Count.EqualTo(1));
        Assert.That(reply.From, Is.EqualTo("+4915112345678"));
        Assert.That(sink.Received().Single(r => r.Event == "receive_sms").Items[0].GetProperty("text").GetString(), Is.EqualTo("YES"));
    }

    [Test]
    public async Task Customer_NoSmsSentYet_SaysSo()
    {
        await using var mock = await MockHarness.StartAsync();

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => mock.Server.Customer("+4915112345678").ClicksAsync());

        Assert.That(error!.Message, Does.Contain("no SMS to +4915112345678"));
    }

    [Test, CancelAfter(30_000)]
    public async Task Seed_SameSeedAndRequests_SameIdsAndFakeVisitorData(CancellationToken ct)
    {
        var first = await RunAsync(ct);
        var second = await RunAsync(ct);

        Assert.That(second, Is.EqualTo(first));
    }

    private static async Task<string> RunAsync(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(o => o.Seed = 1234, ct);
        var (_, sent, _) = await mock.PostJsonAsync("sms", new { to = "+4915112345678", from = "AcmeShop", text = "Go {{shortlink:aB3}}" }, ct);
        var hit = await mock.Server.Customer("+4915112345678").ClicksAsync();
        return $"{sent.GetProperty("data")[0].GetProperty("msgId")} {sent.GetProperty("data")[0].GetProperty("text")} " +
            $"{hit.Device} {hit.Browser} {hit.City} {hit.IpAddress}";
    }
}
