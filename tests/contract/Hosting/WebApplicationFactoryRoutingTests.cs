using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmsCx.Contract.Tests.Receiver;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;
using SmsCx.Mock.Testing;

namespace SmsCx.Contract.Tests.Hosting;

/// <summary>
/// The reference receiver's appointment app under <see cref="WebApplicationFactory{TEntryPoint}"/>, joined to a mock
/// with <c>WithSmsCxMock</c>: its SMS.CX client keeps its real base URL (https://api.sms.cx) and still reaches the
/// mock; the mock's webhooks reach the app's test server; neither side opens a port when the mock is in memory.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class WebApplicationFactoryRoutingTests
{
    private const string ApiKey = "test_key";

    [TestCase(true)]
    [TestCase(false)]
    [CancelAfter(30_000)]
    public async Task AppUnderFactory_SendsThroughMock_ReceivesDeliveryReport(bool inMemory, CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory, ct);
        await using var app = AppFor(sms, out var database);
        using var _ = database;
        using var client = app.CreateClient();

        var msgId = await CreateAppointmentAsync(client, "A-1", ct);

        var message = await ReceiverHarness.WaitForAsync(client, $"/messages/{msgId}", m => m.GetProperty("status").GetString() == "DELIVERED", ct);
        await WaitForJournalAsync(sms, e => e.Items.Any(i => i.Status == "DELIVERED"), ct);
        Assert.Multiple(() =>
        {
            Assert.That(sms.Messages.Select(m => m.MsgId), Is.EqualTo(new[] { msgId }));
            Assert.That(sms.Messages[0].To, Is.EqualTo(Some.Phone));
            Assert.That(message.GetProperty("appointmentId").GetString(), Is.EqualTo("A-1"));
            Assert.That(sms.Journal.Snapshot().Select(e => e.Endpoint).Distinct(), Is.EqualTo(new[] { "http://localhost/webhooks/smscx" }));
            Assert.That(sms.Journal.Snapshot().All(e => e.StatusCode == 200), Is.True);
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task CustomerRepliesYes_ThroughMock_AppConfirmsAppointment(CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: true, ct);
        await using var app = AppFor(sms, out var database);
        using var _ = database;
        using var client = app.CreateClient();
        await CreateAppointmentAsync(client, "A-2", ct);

        await sms.Customer(Some.Phone).RepliesAsync("YES");

        var appointment = await ReceiverHarness.WaitForAsync(client, "/appointments/A-2", a => a.GetProperty("status").GetString() == "confirmed", ct);
        Assert.That(appointment.GetProperty("status").GetString(), Is.EqualTo("confirmed"));
    }

    // Four pairs of mock and app at once: each sees only its own message and its own webhooks.
    [TestCase(1), TestCase(2), TestCase(3), TestCase(4)]
    [CancelAfter(30_000)]
    public async Task ParallelTests_EachPair_IsIsolated(int n, CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: true, ct);
        await using var app = AppFor(sms, out var database);
        using var _ = database;
        using var client = app.CreateClient();

        var msgId = await CreateAppointmentAsync(client, $"P-{n}", ct);
        await ReceiverHarness.WaitForAsync(client, $"/messages/{msgId}", m => m.GetProperty("status").GetString() == "DELIVERED", ct);
        await WaitForJournalAsync(sms, e => e.Items.Any(i => i.Status == "DELIVERED"), ct);

        Assert.Multiple(() =>
        {
            Assert.That(sms.Messages.Select(m => m.MsgId), Is.EqualTo(new[] { msgId }));
            Assert.That(sms.Journal.Snapshot().SelectMany(e => e.Items.Select(i => i.MsgId)).Distinct(), Is.EqualTo(new[] { msgId }));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task AppsOwnHandlers_StillRun_BeforeTheMock(CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: true, ct);
        await using var app = new WebApplicationFactory<SmsCx.Receiver.Program>()
            .WithWebHostBuilder(builder => builder.ConfigureServices(services =>
                services.AddHttpClient("balance", c => c.BaseAddress = new Uri("https://api.sms.cx/"))
                    .AddHttpMessageHandler(() => new ApiKeyHandler())))
            .WithSmsCxMock(sms);
        var factory = app.Services.GetRequiredService<IHttpClientFactory>();
        using var client = factory.CreateClient("balance");

        using var response = await client.GetAsync("account/balance", ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync(ct));
    }

    [Test, CancelAfter(30_000)]
    public async Task AppStopped_WebhookRouteAndUrl_AreUndone(CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: true, ct);
        var routes = sms.Services.GetRequiredService<SmsCx.Mock.Webhooks.WebhookRoutes>();
        var app = AppFor(sms, out var database);
        using var _ = database;
        app.CreateClient().Dispose();
        var whileRunning = (Routes: routes.Count, Url: sms.Options.WebhookUrl);

        await app.DisposeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(whileRunning.Routes, Is.EqualTo(1));
            Assert.That(whileRunning.Url, Is.EqualTo(new Uri("http://localhost/webhooks/smscx")));
            Assert.That(routes.Count, Is.Zero);
            Assert.That(sms.Options.WebhookUrl, Is.Null);
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task InMemoryMock_BodyOverLimit_Is413Envelope(CancellationToken ct)
    {
        await using var sms = await SmsCxMockServer.StartAsync(
            new MockOptions(), new MockServerSettings { InMemory = true, MaxRequestBodyBytes = 1024 }, ct);
        using var client = sms.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", ApiKey);

        using var response = await client.PostAsync("sms",
            new StringContent("{\"to\":[\"" + new string('1', 4096) + "\"]}", Encoding.UTF8, "application/json"), ct);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(413));
            Assert.That(body.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(SmsCx.Contracts.Errors.ApiErrors.InvalidBody.Code));
            Assert.That(sms.Url, Is.EqualTo(MockServerSettings.InMemoryUrl));
            Assert.That(sms.IsInMemory, Is.True);
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task LoopbackMock_CreateHandler_AnswersForTheRealApiHost(CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: false, ct);
        using var client = new HttpClient(sms.CreateHandler()) { BaseAddress = new Uri("https://api.sms.cx/") };
        client.DefaultRequestHeaders.Add("X-API-KEY", ApiKey);

        using var response = await client.GetAsync("account/balance", ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    // Regression: disposing the factory stops a minimal-hosting app twice at once (the factory and the app's own
    // RunAsync), and undoing the routes threw "Collection was modified".
    [Test, CancelAfter(30_000)]
    public async Task AppStoppedTwiceAtOnce_UndoesOnceWithoutError(CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: true, ct);
        await using var app = AppFor(sms, out var database);
        using var _ = database;
        app.CreateClient().Dispose();
        var registration = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
            .Single(s => s.GetType().Name == "WebhookRouteRegistration");

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => registration.StopAsync(ct), ct)));

        Assert.That(sms.Services.GetRequiredService<SmsCx.Mock.Webhooks.WebhookRoutes>().Count, Is.Zero);
        Assert.That(sms.Options.WebhookUrl, Is.Null);
    }

    [Test, CancelAfter(30_000)]
    public async Task LoopbackMock_OtherServiceOnTheSameAddress_IsNotCaptured(CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: false, ct);
        await using var other = await StartMockAsync(inMemory: false, ct);
        await using var app = new WebApplicationFactory<SmsCx.Receiver.Program>()
            .WithWebHostBuilder(builder => builder.ConfigureServices(services =>
                services.AddHttpClient("other", c => c.BaseAddress = other.Url).AddHttpMessageHandler(() => new ApiKeyHandler())))
            .WithSmsCxMock(sms);
        using var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient("other");

        using var response = await client.PostAsync("sms",
            new StringContent("{\"to\":[\"+4915112345678\"],\"from\":\"Shop\",\"text\":\"Hi\"}", Encoding.UTF8, "application/json"), ct);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(other.Messages, Has.Count.EqualTo(1));
            Assert.That(sms.Messages, Is.Empty);
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task OneMockTwoApps_SecondApp_IsRefusedAndTheFirstKeepsItsWebhooks(CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: true, ct);
        await using var first = AppFor(sms, out var firstDatabase);
        using var _ = firstDatabase;
        using var client = first.CreateClient();
        await using var second = AppFor(sms, out var secondDatabase);
        using var __ = secondDatabase;

        var error = Assert.Throws<InvalidOperationException>(() => second.CreateClient().Dispose());

        Assert.That(error!.Message, Does.Contain("already delivers webhooks to another app"));
        Assert.That(sms.Options.WebhookUrl, Is.EqualTo(new Uri("http://localhost/webhooks/smscx")));
        var msgId = await CreateAppointmentAsync(client, "T-1", ct);
        await ReceiverHarness.WaitForAsync(client, $"/messages/{msgId}", m => m.GetProperty("status").GetString() == "DELIVERED", ct);
    }

    [TestCase("//other.example/hooks")]
    [TestCase("webhooks")]
    [TestCase("/\\other.example/hooks")]
    [CancelAfter(30_000)]
    public async Task WebhookPath_NotAPathOfTheApp_IsRejected(string path, CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: true, ct);

        var error = Assert.Throws<ArgumentException>(() =>
            new WebApplicationFactory<SmsCx.Receiver.Program>().WithSmsCxMock(sms, o => o.WebhookPath = path).CreateClient().Dispose());

        Assert.That(error!.Message, Does.Contain("WebhookPath must be a path of the app"));
        Assert.That(sms.Options.WebhookUrl, Is.Null);
    }

    [TestCase("https://api.sms.cx")]
    [TestCase("api.sms.cx:443")]
    [TestCase("api.sms.cx/")]
    [CancelAfter(30_000)]
    public async Task ApiHosts_UrlOrPortInsteadOfAHostName_IsRejected(string host, CancellationToken ct)
    {
        await using var sms = await StartMockAsync(inMemory: true, ct);

        var error = Assert.Throws<ArgumentException>(() =>
            new WebApplicationFactory<SmsCx.Receiver.Program>().WithSmsCxMock(sms, o => o.ApiHosts.Add(host)).CreateClient().Dispose());

        Assert.That(error!.Message, Does.Contain("ApiHosts takes host names"));
    }

    [Test, CancelAfter(30_000)]
    public async Task RouteWebhooks_HandlerFactoryReturnsNull_AttemptFailsInsteadOfUsingTheNetwork(CancellationToken ct)
    {
        await using var sms = await SmsCxMockServer.StartAsync(
            new MockOptions
            {
                WebhookUrl = new Uri("http://shop.test/hooks"),
                SentDelay = TimeSpan.Zero,
                Webhooks = { BatchWindow = TimeSpan.Zero, RetryDelays = [] },
            },
            new MockServerSettings { InMemory = true }, ct);
        using var route = sms.RouteWebhooks(new Uri("http://shop.test/"), () => null!);
        using var client = sms.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", ApiKey);

        (await client.PostAsync("sms", new StringContent("{\"to\":[\"+4915112345678\"],\"from\":\"Shop\",\"text\":\"Hi\"}",
            Encoding.UTF8, "application/json"), ct)).Dispose();

        await WaitForJournalAsync(sms, _ => true, ct);
        var attempt = sms.Journal.Snapshot()[0];
        // Sent to the network, the attempt would have failed resolving shop.test instead.
        Assert.That(attempt.StatusCode, Is.Null);
        Assert.That(attempt.Error, Is.EqualTo("Unknown"));
    }

    [Test]
    public void RouteWebhooks_NotHttp_IsRejected()
    {
        var routes = new SmsCx.Mock.Webhooks.WebhookRoutes();

        Assert.Throws<ArgumentException>(() => routes.Add(new Uri("file:///tmp"), () => new HttpClientHandler()));
    }

    [TestCase(0L)]
    [TestCase(-1L)]
    public void MaxRequestBodyBytes_NotPositive_IsRejectedInMemoryAsOnKestrel(long limit) =>
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            SmsCxMockServer.StartAsync(new MockOptions(), new MockServerSettings { InMemory = true, MaxRequestBodyBytes = limit }));

    // The app can see a webhook's effect before the mock has journaled the attempt (the answer is still on its way).
    private static async Task WaitForJournalAsync(SmsCxMockServer sms, Func<SmsCx.Mock.Webhooks.JournalEntry, bool> entry, CancellationToken ct)
    {
        for (var i = 0; i < 400 && !sms.Journal.Snapshot().Any(entry); i++)
            await Task.Delay(25, ct);
        Assert.That(sms.Journal.Snapshot().Any(entry), "the expected webhook attempt was journaled");
    }

    private static Task<SmsCxMockServer> StartMockAsync(bool inMemory, CancellationToken ct) =>
        SmsCxMockServer.StartAsync(
            new MockOptions
            {
                SentDelay = TimeSpan.FromMilliseconds(20),
                DeliveryDelay = TimeSpan.FromMilliseconds(20),
                Webhooks = { BatchWindow = TimeSpan.FromMilliseconds(20) },
            },
            new MockServerSettings { InMemory = inMemory },
            ct);

    private static WebApplicationFactory<SmsCx.Receiver.Program> AppFor(SmsCxMockServer sms, out TestDatabase database)
    {
        var db = TestDatabase.Create(TestDatabase.Sqlite);
        database = db;
        return new WebApplicationFactory<SmsCx.Receiver.Program>()
            .WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in db.Settings())
                    builder.UseSetting(key, value);
                builder.UseSetting("Receiver:SmsCxApiKey", ApiKey);
                builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            })
            .WithSmsCxMock(sms, o => o.WebhookPath = "/webhooks/smscx");
    }

    private static async Task<string> CreateAppointmentAsync(HttpClient client, string id, CancellationToken ct)
    {
        using var response = await client.PostAsync("/appointments",
            new StringContent(Some.Appointment(id), Encoding.UTF8, "application/json"), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("reminderMsgId").GetString()!;
    }

    private sealed class ApiKeyHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-API-KEY", ApiKey);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
