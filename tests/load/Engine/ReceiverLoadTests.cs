using SmsCx.Load.Http;
using SmsCx.Load.Simulations;
using SmsCx.Load.Tests.Durability;
using SmsCx.Load.Thresholds;

namespace SmsCx.Load.Tests.Engine;

/// <summary>
/// The reference receiver under a short constant-rate load of new delivery reports, sized for CI: thresholds on
/// errors, rate and latency (generous, because CI machines are shared), and every report stored once.
/// </summary>
public class ReceiverLoadTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task RunAsync_ConstantRateOfNewDlrsAgainstReceiver_ThresholdsHoldAndAllStored(CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("receiver-load-").FullName;
        try
        {
            await using var receiver = await ReceiverProcess.StartAsync(
                ReceiverProcess.FreePort(), [("DatabasePath", Path.Combine(folder, "r.db"))], null, ct);
            using var client = HttpStep.CreateClient(TimeSpan.FromSeconds(10));
            var dlr = new HttpRequestSpec("POST", "/webhooks/smscx",
                """{ "event": "dlr_update", "data": [ { "campaignId": "{{uuid}}", "msgId": "{{uuid}}", "statusCode": 3, "status": "DELIVERED", "errorCode": null, "datetime": "2026-12-04 10:00:00", "trackData": null } ] }""",
                new Dictionary<string, string>());
            var scenario = new LoadScenario("dlr", HttpStep.Create(client, receiver.Url, dlr),
                new ConstantRate(100, TimeSpan.FromSeconds(3)) { WarmUp = TimeSpan.FromSeconds(0.5) })
            {
                Thresholds = [Threshold.Parse("errors == 0"), Threshold.Parse("rps > 95"), Threshold.Parse("p99 < 2s")],
            };

            var result = await LoadRunner.RunAsync([scenario], ct: ct);
            using var http = new HttpClient { BaseAddress = receiver.Url };
            var stats = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("stats", ct)).RootElement;

            Assert.That(result.Passed, Is.True, string.Join("; ", result.Failures.Select(f => f.Message)));
            Assert.That(stats.GetProperty("itemsReceived").GetInt64(), Is.EqualTo(350), "warm-up and measured calls, each a new report");
            Assert.That(stats.GetProperty("duplicatesIgnored").GetInt64(), Is.Zero);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
