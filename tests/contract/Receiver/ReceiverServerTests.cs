using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SmsCx.Receiver;

namespace SmsCx.Contract.Tests.Receiver;

[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Kinds))]
public class ReceiverServerTests(string store)
{
    private TestDatabase? _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(store);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    private ReceiverOptions Options(string? secret = null) => _database!.Apply(new ReceiverOptions
    {
        SmsCxBaseUrl = "http://127.0.0.1:9",
        Secret = secret,
        MaxBodyBytes = 4096,
    });

    [Test]
    [CancelAfter(30_000)]
    public async Task StartAsync_PortZero_ServesWebhooksOnLoopback(CancellationToken ct)
    {
        await using var server = await ReceiverServer.StartAsync(Options("k3y"), ct: ct);
        using var http = new HttpClient();
        var msgId = Some.MsgId();

        using var response = await http.PostAsync(server.WebhookUrl,
            new StringContent(Some.Batch("dlr_update", Some.Dlr(msgId, "SENT")), Encoding.UTF8, "application/json"), ct);

        var message = await http.GetFromJsonAsync<JsonElement>(new Uri(server.Url, $"messages/{msgId}"), ct);
        Assert.Multiple(() =>
        {
            Assert.That(server.Url.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(server.Url.Port, Is.Not.Zero);
            Assert.That(server.WebhookUrl.AbsolutePath, Is.EqualTo("/webhooks/smscx/k3y"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(message.GetProperty("status").GetString(), Is.EqualTo("SENT"));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task StartAsync_ChunkedBodyOverLimit_Returns413(CancellationToken ct)
    {
        await using var server = await ReceiverServer.StartAsync(Options(), ct: ct);
        using var http = new HttpClient();
        var body = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 64 * 1024) + "{}")));
        body.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, server.WebhookUrl) { Content = body };
        request.Headers.TransferEncodingChunked = true;

        using var response = await http.SendAsync(request, ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task PostWebhook_50MBBody_Refused413EarlyAndServerKeepsServing(CancellationToken ct)
    {
        var options = Options();
        options.MaxBodyBytes = ReceiverOptions.DefaultMaxBodyBytes;
        await using var server = await ReceiverServer.StartAsync(options, ct: ct);
        using var http = new HttpClient();
        using var huge = new ByteArrayContent(new byte[50 * 1024 * 1024]);
        huge.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, server.WebhookUrl) { Content = huge };
        request.Headers.ExpectContinue = true;
        var msgId = Some.MsgId();

        using var refused = await http.SendAsync(request, ct);
        using var next = await http.PostAsync(server.WebhookUrl,
            new StringContent(Some.Batch("dlr_update", Some.Dlr(msgId, "SENT")), Encoding.UTF8, "application/json"), ct);

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task StartAsync_SenderNameTooShort_ThrowsValidation(CancellationToken ct)
    {
        var options = Options();
        options.SenderName = "AB";

        await Assert.ThatAsync(
            () => ReceiverServer.StartAsync(options, ct: ct), Throws.InstanceOf<OptionsValidationException>());
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task StartAsync_PendingInboxRowsFromEarlierRun_AppliesThem(CancellationToken ct)
    {
        var options = Options();
        await (await ReceiverServer.StartAsync(options, ct: ct)).DisposeAsync();
        SimulateCrashAfterStore(_database!, "+4915100000042");

        await using var server = await ReceiverServer.StartAsync(options, ct: ct);

        using var http = new HttpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        JsonElement optouts;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(25), timeout.Token);
            optouts = await http.GetFromJsonAsync<JsonElement>(new Uri(server.Url, "optouts"), timeout.Token);
        }
        while (optouts.GetProperty("total").GetInt32() == 0);

        Assert.That(optouts.GetProperty("data")[0].GetProperty("phoneNumber").GetString(), Is.EqualTo("+4915100000042"));
    }

    // The webhook transaction committed, but the process died before the worker ran: the inbox row is pending.
    private static void SimulateCrashAfterStore(TestDatabase database, string phone) => database.Execute("""
        INSERT INTO optout_events (hit_id, phone_number, optout_type, datetime, received_at)
        VALUES (77, @phone, 'link', '2026-05-14T09:40:27.0000000+00:00', '2026-05-14T09:40:28.0000000+00:00');
        INSERT INTO inbox (kind, ref, created_at) VALUES ('optout', '77', '2026-05-14T09:40:28.0000000+00:00');
        """, ("@phone", phone));
}
