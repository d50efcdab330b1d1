using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmsCx.Receiver;

namespace SmsCx.Contract.Tests.Receiver;

/// <summary>Several receivers on one PostgreSQL database: the database, not memory, keeps them correct.</summary>
public class ScaleOutTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task TwoReceiversOnOnePostgres_SameBatchesToBoth_EachItemAppliedOnce(CancellationToken ct)
    {
        using var database = TestDatabase.Create(TestDatabase.Postgres);
        await using var first = await ReceiverServer.StartAsync(Options(database), ct: ct);
        await using var second = await ReceiverServer.StartAsync(Options(database), ct: ct);
        using var http = new HttpClient();
        var msgIds = Enumerable.Range(0, 30).Select(_ => Some.MsgId()).ToList();
        var bodies = msgIds.Select((id, i) => Some.Batch("dlr_update", Some.Dlr(id, "SENT"), Some.Dlr(id, "DELIVERED")))
            .Append(Some.Batch("new_optout", [.. Enumerable.Range(1, 40).Select(i => (JsonNode?)Some.Optout(i, Phone(i)))]))
            .ToList();

        var posts = bodies.SelectMany(body => new[] { first.WebhookUrl, second.WebhookUrl }
            .Select(url => http.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"), ct)));
        var responses = await Task.WhenAll(posts);

        var stats = await WaitForStatsAsync(http, first.Url, ct);
        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(stats.GetProperty("itemsReceived").GetInt64(), Is.EqualTo(2 * (60 + 40)));
            Assert.That(stats.GetProperty("duplicatesIgnored").GetInt64(), Is.EqualTo(60 + 40));
            Assert.That(stats.GetProperty("optOuts").GetInt64(), Is.EqualTo(40));
        });
        foreach (var response in responses)
            response.Dispose();
    }

    private static ReceiverOptions Options(TestDatabase database) => database.Apply(new ReceiverOptions
    {
        SmsCxBaseUrl = "http://127.0.0.1:9",
        InboxPollInterval = TimeSpan.FromMilliseconds(100),
    });

    private static string Phone(int i) => $"+491511230{i:D4}";

    private static async Task<JsonElement> WaitForStatsAsync(HttpClient http, Uri url, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(20));
        JsonElement stats;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), limit.Token);
            stats = await http.GetFromJsonAsync<JsonElement>(new Uri(url, "stats"), limit.Token);
        }
        while (stats.GetProperty("pendingSideEffects").GetInt64() > 0 || stats.GetProperty("optOuts").GetInt64() < 40);

        return stats;
    }
}
