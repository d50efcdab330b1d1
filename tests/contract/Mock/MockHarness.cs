using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Contract.Tests.Mock;

/// <summary>
/// One mock server on a free loopback port, on a fake clock, with a client that sends the test API key.
/// Each test gets its own; dispose it at the end.
/// </summary>
internal sealed class MockHarness : IAsyncDisposable
{
    public const string ApiKey = "test_key";

    private MockHarness(SmsCxMockServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = server.Url };
        Client.DefaultRequestHeaders.Add("X-API-KEY", ApiKey);
    }

    public SmsCxMockServer Server { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    /// <summary>The mock's webhook dispatcher; <see cref="WebhookDispatcher.PendingWork"/> is 0 once it is idle.</summary>
    public WebhookDispatcher Dispatcher => Server.Services.GetRequiredService<WebhookDispatcher>();

    public static async Task<MockHarness> StartAsync(Action<MockOptions>? configure = null, CancellationToken ct = default)
    {
        var options = new MockOptions { Seed = 42 };
        configure?.Invoke(options);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        var server = await SmsCxMockServer.StartAsync(options, new MockServerSettings { Time = time }, ct);
        return new MockHarness(server, time);
    }

    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> PostJsonAsync(
        string path, object body, CancellationToken ct)
    {
        var response = await Client.PostAsJsonAsync(path, body, ct);
        return (((int)response.StatusCode), await ReadAsync(response, ct), response);
    }

    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> PostRawAsync(
        string path, string body, CancellationToken ct)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await Client.PostAsync(path, content, ct);
        return (((int)response.StatusCode), await ReadAsync(response, ct), response);
    }

    public async Task<(int Status, JsonElement Body)> GetAsync(string path, CancellationToken ct)
    {
        using var response = await Client.GetAsync(path, ct);
        return ((int)response.StatusCode, await ReadAsync(response, ct));
    }

    /// <summary>
    /// Advances the fake clock in small steps until <paramref name="condition"/> holds, giving background I/O a
    /// moment between steps; fails after <paramref name="maxAdvance"/> of fake time.
    /// </summary>
    public async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan maxAdvance, CancellationToken ct, TimeSpan? step = null)
    {
        var stride = step ?? TimeSpan.FromMilliseconds(100);
        var advanced = TimeSpan.Zero;
        while (!condition())
        {
            Assert.That(advanced, Is.LessThanOrEqualTo(maxAdvance), "the condition did not hold within the fake time allowed");
            Time.Advance(stride);
            advanced += stride;
            await Task.Delay(5, ct);
        }
    }

    /// <summary>
    /// Advances the fake clock by <paramref name="total"/> in small steps, giving background I/O a moment between
    /// steps, so work due before the end has run (or at least had its chance) when this returns.
    /// </summary>
    public async Task AdvanceByAsync(TimeSpan total, CancellationToken ct, TimeSpan? step = null)
    {
        var stride = step ?? TimeSpan.FromMilliseconds(100);
        for (var advanced = TimeSpan.Zero; advanced < total; advanced += stride)
        {
            Time.Advance(stride < total - advanced ? stride : total - advanced);
            await Task.Delay(5, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
