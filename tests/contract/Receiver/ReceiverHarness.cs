using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace SmsCx.Contract.Tests.Receiver;

/// <summary>
/// One isolated receiver per test: its own database (see <see cref="TestDatabase"/>) and its own WireMock server on
/// loopback standing in for the SMS.CX API.
/// </summary>
internal sealed class ReceiverHarness : IAsyncDisposable
{
    public const string ApiKey = "test-api-key";
    public const string WebhookPath = "/webhooks/smscx";

    private readonly WebApplicationFactory<SmsCx.Receiver.Program> _factory;

    private ReceiverHarness(
        string store, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        Database = TestDatabase.Create(store);
        SmsCx = WireMockServer.Start(new WireMockServerSettings { MaxRequestLogCount = 100 });
        _factory = new WebApplicationFactory<SmsCx.Receiver.Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in Database.Settings())
                builder.UseSetting(key, value);

            builder.UseSetting("Receiver:SmsCxBaseUrl", SmsCx.Url);
            builder.UseSetting("Receiver:SmsCxApiKey", ApiKey);
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);

            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            if (services is not null)
                builder.ConfigureServices(services);
        });
        Client = _factory.CreateClient();
    }

    public WireMockServer SmsCx { get; }

    public TestDatabase Database { get; }

    public HttpClient Client { get; }

    public static ReceiverHarness Start(string store, params (string Key, string? Value)[] settings) =>
        new(store, settings.ToDictionary(s => s.Key, s => s.Value), null);

    public static ReceiverHarness Start(
        string store, Action<IServiceCollection> services, params (string Key, string? Value)[] settings) =>
        new(store, settings.ToDictionary(s => s.Key, s => s.Value), services);

    public void StubSend(string msgId) => SmsCx
        .Given(Request.Create().WithPath("/sms").UsingPost())
        .RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody(Some.SendAnswer(msgId)));

    public void StubSendError(int status, string body) => SmsCx
        .Given(Request.Create().WithPath("/sms").UsingPost())
        .RespondWith(Response.Create().WithStatusCode(status)
            .WithHeader("Content-Type", "application/json").WithBody(body));

    public Task<HttpResponseMessage> PostWebhookAsync(string body, CancellationToken ct, string path = WebhookPath) =>
        Client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), ct);

    public async Task<JsonElement> PostWebhookOkAsync(string body, CancellationToken ct)
    {
        using var response = await PostWebhookAsync(body, ct);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync(ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    public Task<HttpResponseMessage> PostAppointmentAsync(string id, CancellationToken ct) =>
        Client.PostAsync("/appointments", Json(Some.Appointment(id)), ct);

    public async Task<string> CreateAppointmentAsync(string id, string msgId, CancellationToken ct)
    {
        StubSend(msgId);
        using var response = await PostAppointmentAsync(id, ct);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync(ct));
        return msgId;
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken ct)
    {
        using var response = await Client.GetAsync(path, ct);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    /// <summary>Polls <paramref name="path"/> until <paramref name="condition"/> holds; fails after 10 s.</summary>
    public Task<JsonElement> WaitForAsync(string path, Func<JsonElement, bool> condition, CancellationToken ct) =>
        WaitForAsync(Client, path, condition, ct);

    /// <summary>Polls <paramref name="path"/> of any app through <paramref name="client"/>; fails after 10 s.</summary>
    public static async Task<JsonElement> WaitForAsync(
        HttpClient client, string path, Func<JsonElement, bool> condition, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var last = default(JsonElement);
        while (!timeout.IsCancellationRequested)
        {
            using var response = await client.GetAsync(path, ct);
            if (response.IsSuccessStatusCode)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                if (condition(last))
                    return last;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(25), ct);
        }

        Assert.Fail($"{path} did not reach the expected state; last answer: {last}");
        return last;
    }

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        SmsCx.Stop();
        SmsCx.Dispose();
        Database.Dispose();
    }
}
