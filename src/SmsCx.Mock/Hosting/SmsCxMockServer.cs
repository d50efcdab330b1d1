using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmsCx.Mock.Messaging;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Mock.Hosting;

/// <summary>
/// The mock SMS.CX server running in-process on Kestrel: start it, point the app's SMS.CX base URL at
/// <see cref="Url"/>, and assert on <see cref="Engine"/> (messages, outcomes, customers) and <see cref="Journal"/>.
/// Each instance has its own state. Dispose to stop it; pending webhook retries are dropped.
/// </summary>
public sealed partial class SmsCxMockServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SmsCxMockServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
        Engine = app.Services.GetRequiredService<MockEngine>();
        Options = app.Services.GetRequiredService<MockOptions>();
    }

    /// <summary>Base URL of the emulated API, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The mock's state and behaviour: messages, opt-outs, outcomes and customer actions.</summary>
    public MockEngine Engine { get; }

    /// <summary>Snapshot of every message the mock holds, oldest first.</summary>
    public IReadOnlyList<MockMessage> Messages => Engine.Messages.Snapshot();

    /// <summary>A simulated customer with <paramref name="phoneNumber"/>, acting on the latest SMS sent to them.</summary>
    public SimulatedCustomer Customer(string phoneNumber) => new(Engine, phoneNumber);

    /// <summary>The options the server runs with.</summary>
    public MockOptions Options { get; }

    /// <summary>
    /// WireMock.Net mappings layered over the emulated API, e.g.
    /// <c>sms.Overrides.Given(Request.Create().WithPath("/sms").UsingPost()).RespondWith(Response.Create().WithStatusCode(503))</c>.
    /// </summary>
    public WireMock.Server.WireMockServer Overrides => _app.Services.GetRequiredService<Layering.OverrideLayer>().Server;

    /// <summary>Every webhook attempt.</summary>
    public WebhookJournal Journal => Engine.Journal;

    /// <summary>The server's services, for advanced use.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server with <paramref name="options"/> (defaults when null) and waits until it listens.</summary>
    public static async Task<SmsCxMockServer> StartAsync(
        MockOptions? options = null, MockServerSettings? settings = null, CancellationToken cancellationToken = default)
    {
        options ??= new MockOptions();
        settings ??= new MockServerSettings();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SmsCxMockServer).Assembly.GetName().Name,
            Args = [],
        });
        // An embedded server takes its settings from code only, never from files or variables where it runs.
        builder.Configuration.Sources.Clear();
        ConfigureLogging(builder, settings);
        var address = IPAddress.Parse(settings.ListenAddress);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address, settings.Port);
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        if (settings.Time is not null)
            builder.Services.AddSingleton(settings.Time);
        builder.Services.AddSmsCxMock(options);
        // After the mock's own registrations, so a test's webhook client or handler replaces the default.
        settings.Services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseSmsCxMockErrors();
        app.MapSmsCxMock();
        await app.StartAsync(cancellationToken);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        var url = new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
        var logger = app.Services.GetRequiredService<ILogger<SmsCxMockServer>>();
        if (!IPAddress.IsLoopback(address))
            LogNonLoopback(logger, settings.ListenAddress);
        var seed = app.Services.GetRequiredService<SeededRandom>().Seed;
        LogStarted(logger, url, seed);
        return new SmsCxMockServer(app, url);
    }

    /// <summary>Stops the server, its lifecycles and its dispatcher.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void ConfigureLogging(WebApplicationBuilder builder, MockServerSettings settings)
    {
        builder.Logging.ClearProviders();
        if (settings.Logging is not null)
        {
            settings.Logging(builder.Logging);
            return;
        }

        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Mock SMS.CX API listening on {Url} (seed {Seed})")]
    private static partial void LogStarted(ILogger logger, Uri url, int seed);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "Mock listens on {Address}, not only loopback: other machines can reach it")]
    private static partial void LogNonLoopback(ILogger logger, string address);
}
