using System.Net.Http.Json;
using System.Text.Json;
using SmsCx.Cli.Firehose;
using SmsCx.Receiver;

namespace SmsCx.Contract.Tests.Cli;

[TestFixture]
public sealed class FirehoseTests
{
    [Test, CancelAfter(60_000)]
    public async Task Firehose_ReferenceReceiver_EveryEventAcknowledgedExactlyOnce(CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("firehose-").FullName;
        try
        {
            await using var receiver = await ReceiverServer.StartAsync(new ReceiverOptions { DatabasePath = Path.Combine(folder, "r.db") }, 0, ct);

            var result = await FirehoseRun.RunAsync(
                new FirehoseSettings(receiver.WebhookUrl, 200, TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30)), ct);
            using var client = new HttpClient { BaseAddress = receiver.Url };
            var stats = await client.GetFromJsonAsync<JsonElement>("stats", ct);

            Assert.That(result.ExactlyOnce, Is.True, () => result.ToString());
            Assert.That(result.EventsExpected, Is.EqualTo(400));
            Assert.That(stats.GetProperty("itemsReceived").GetInt64(), Is.EqualTo(400));
            Assert.That(stats.GetProperty("duplicatesIgnored").GetInt64(), Is.Zero);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task Firehose_ReceiverDown_ReportsNotExactlyOnce(CancellationToken ct)
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await FirehoseRun.RunAsync(
            new FirehoseSettings(new Uri($"http://127.0.0.1:{port}/webhooks/smscx"), 20, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2)), ct);

        Assert.That(result.ExactlyOnce, Is.False);
        Assert.That(result.EventsAcknowledged, Is.Zero);
        Assert.That(result.FailedAttempts, Is.GreaterThan(0));
    }
}
