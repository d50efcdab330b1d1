using SmsCx.Load.Http;
using SmsCx.Load.Simulations;
using SmsCx.Load.Thresholds;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;

namespace SmsCx.Load.Tests.Engine;

public class MockLoadTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_ConstantRateAgainstMock_ThresholdsHold(CancellationToken ct)
    {
        await using var mock = await SmsCxMockServer.StartAsync(new MockOptions(), new MockServerSettings(), ct);
        using var client = HttpStep.CreateClient(TimeSpan.FromSeconds(10));
        var send = new HttpRequestSpec("POST", "/sms", """{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi" }""",
            new Dictionary<string, string> { ["X-API-KEY"] = "test_key" });
        var scenario = new LoadScenario("send-sms", HttpStep.Create(client, mock.Url, send),
            new ConstantRate(100, TimeSpan.FromSeconds(2)) { WarmUp = TimeSpan.FromSeconds(0.5) })
        {
            Thresholds = [Threshold.Parse("errors < 1%"), Threshold.Parse("p99 < 1s"), Threshold.Parse("rps > 95")],
        };

        var result = await LoadRunner.RunAsync([scenario], ct: ct);

        var stats = result.Scenarios[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True, string.Join("; ", result.Failures.Select(f => f.Message)));
            Assert.That(stats.Requests, Is.EqualTo(200), "warm-up calls are not counted");
            Assert.That(stats.StatusCodes.Keys, Is.EquivalentTo(new[] { 200 }));
            Assert.That(stats.Seconds.Select(s => s.Second), Is.EqualTo(new[] { 0, 1 }));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_WrongApiKey_ErrorThresholdFailsWithClearMessage(CancellationToken ct)
    {
        await using var mock = await SmsCxMockServer.StartAsync(new MockOptions(), new MockServerSettings(), ct);
        using var client = HttpStep.CreateClient(TimeSpan.FromSeconds(10));
        var send = new HttpRequestSpec("POST", "/sms", "{}", new Dictionary<string, string> { ["X-API-KEY"] = "wrong" });
        var scenario = new LoadScenario("bad-key", HttpStep.Create(client, mock.Url, send), new ConstantRate(50, TimeSpan.FromSeconds(1)))
        {
            Thresholds = [Threshold.Parse("errors < 0.1%")],
        };

        var result = await LoadRunner.RunAsync([scenario], ct: ct);

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Scenarios[0].StatusCodes[401], Is.EqualTo(50));
            Assert.That(result.Failures.Single().Message,
                Is.EqualTo("scenario 'bad-key': threshold 'errors < 0.1%' FAILED: measured errors = 100%"));
        });
    }
}
