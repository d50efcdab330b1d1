using System.Net.Http.Json;
using System.Text.Json;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Load.Tests.Durability;

/// <summary>The receiver is killed with SIGKILL in the middle of a webhook stream and started again.</summary>
public class CrashRecoveryTests
{
    private const int Sends = 16;
    private const int RecipientsPerSend = 25;
    private const int KillAfterSend = 6;

    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("smscx-crash-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    [CancelAfter(180_000)]
    public async Task Receiver_SigkillMidStreamThenRestart_NothingAcknowledgedLostNothingAppliedTwice(
        CancellationToken ct)
    {
        var port = ReceiverProcess.FreePort();
        var receiver = await StartReceiverAsync(port, ct);
        await using var mock = await SmsCxMockServer.StartAsync(MockOptionsFor(port), new MockServerSettings(), ct);
        using var api = new HttpClient { BaseAddress = mock.Url };

        int killedAt = 0;
        for (var send = 0; send < Sends; send++)
        {
            await SendAsync(api, send, ct);
            if (send == KillAfterSend)
                killedAt = await KillMidStreamAsync(receiver, mock, ct);

            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }

        await using (receiver = await StartReceiverAsync(port, ct))
        {
            var expected = mock.Engine.Messages.Snapshot().Select(m => m.MsgId).ToList();
            await WaitUntilAllAcknowledgedAsync(mock, expected, ct);
            await AssertEachReportStoredOnceAsync(receiver, expected, ct);
        }

        Assert.Multiple(() =>
        {
            Assert.That(killedAt, Is.LessThan(Sends * RecipientsPerSend * 2), "killed before the stream ended");
            Assert.That(mock.Journal.Snapshot().Count(e => e.Outcome == AttemptOutcome.WillRetry), Is.Positive,
                "the mock retried while the receiver was down");
            Assert.That(mock.Journal.Snapshot().Count(e => e.Outcome == AttemptOutcome.GaveUp), Is.Zero);
        });
    }

    private Task<ReceiverProcess> StartReceiverAsync(int port, CancellationToken ct) => ReceiverProcess.StartAsync(
        port, [("DatabasePath", Path.Combine(_folder, "receiver.db")), ("SmsCxBaseUrl", "http://127.0.0.1:9")],
        null, ct);

    // Waits until some reports were acknowledged, so the kill lands between acknowledged and pending ones.
    private static async Task<int> KillMidStreamAsync(ReceiverProcess receiver, SmsCxMockServer mock, CancellationToken ct)
    {
        while (AcknowledgedItems(mock).Count == 0)
            await Task.Delay(TimeSpan.FromMilliseconds(20), ct);

        await receiver.KillAsync();
        return AcknowledgedItems(mock).Count;
    }

    private static MockOptions MockOptionsFor(int port) => new()
    {
        WebhookUrl = new Uri($"http://127.0.0.1:{port}/webhooks/smscx"),
        SentDelay = TimeSpan.FromMilliseconds(100),
        DeliveryDelay = TimeSpan.FromMilliseconds(300),
        Webhooks = new WebhookOptions
        {
            BatchWindow = TimeSpan.FromMilliseconds(50),
            Timeout = TimeSpan.FromSeconds(3),
            RetryDelays = [.. new[] { 0.5, 1, 2, 2, 3, 5, 5, 5 }.Select(TimeSpan.FromSeconds)],
        },
    };

    private static async Task SendAsync(HttpClient api, int send, CancellationToken ct)
    {
        var to = Enumerable.Range(send * RecipientsPerSend, RecipientsPerSend).Select(i => $"+491511234{i:D4}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "sms")
        {
            Content = JsonContent.Create(new { to, from = "Clinic", text = $"Reminder {send}" }),
        };
        request.Headers.Add("X-API-KEY", "test_key");
        using var response = await api.SendAsync(request, ct);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync(ct));
    }

    private static HashSet<(string MsgId, string Status)> AcknowledgedItems(SmsCxMockServer mock) =>
    [
        .. mock.Journal.Snapshot().Where(e => e.Outcome == AttemptOutcome.Acknowledged)
            .SelectMany(e => e.Items).Select(i => (i.MsgId!, i.Status!)),
    ];

    private static async Task WaitUntilAllAcknowledgedAsync(
        SmsCxMockServer mock, List<string> msgIds, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (AcknowledgedItems(mock).Count < msgIds.Count * 2 && !limit.IsCancellationRequested)
            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);

        Assert.That(AcknowledgedItems(mock), Has.Count.EqualTo(msgIds.Count * 2), "SENT and DELIVERED of each message");
    }

    private static async Task AssertEachReportStoredOnceAsync(
        ReceiverProcess receiver, List<string> msgIds, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = receiver.Url };
        var wrong = new List<string>();
        foreach (var msgId in msgIds)
        {
            var message = await http.GetFromJsonAsync<JsonElement>($"messages/{msgId}", ct);
            var history = message.GetProperty("history").EnumerateArray()
                .Select(h => h.GetProperty("status").GetString()).Order().ToList();
            if (message.GetProperty("status").GetString() != "DELIVERED" || !history.SequenceEqual(["DELIVERED", "SENT"]))
                wrong.Add($"{msgId}: {message.GetProperty("status")} [{string.Join(',', history)}]");
        }

        Assert.That(wrong, Is.Empty, "messages not stored exactly once per report");
    }
}
