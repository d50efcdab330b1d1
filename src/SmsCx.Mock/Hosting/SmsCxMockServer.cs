using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmsCx.Mock.Messaging;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Mock.Hosting;

/// <summary>
/// The mock SMS.CX server running in-process, on Kestrel (loopback, a free port by default) or in memory
/// (<see cref="MockServerSettings.InMemory"/>): start it, point the app's SMS.CX base URL at <see cref="Url"/>
/// (or route the app's clients to it with <see cref="CreateHandler"/>), and assert on <see cref="Messages"/>,
/// <see cref="Journal"/> and <see cref="Engine"/>. Each instance has its own state, so parallel tests that each
/// start one never see each other's messages. Dispose to stop it; pending webhook retries are dropped.
/// </summary>
public sealed partial class SmsCxMockServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestServer? _memory;

    private SmsCxMockServer(WebApplication app, Uri url, TestServer? memory)
    {
        _app = app;
        _memory = memory;
        Url = url;
        Engine = app.Services.GetRequiredService<MockEngine>();
        Options = app.Services.GetRequiredService<MockOptions>();
    }

    /// <summary>
    /// Base URL of the emulated API, e.g. <c>http://127.0.0.1:41234/</c>; for an in-memory server
    /// <see cref="MockServerSettings.InMemoryUrl"/>, reachable only through <see cref="CreateHandler"/>.
    /// </summary>
    public Uri Url { get; }

    /// <summary><see langword="true"/> when the server has no socket (<see cref="MockServerSettings.InMemory"/>).</summary>
    public bool IsInMemory => _memory is not null;

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

    /// <summary>
    /// A new handler that reaches this server: in memory for an in-memory server, else a socket handler without
    /// proxy or redirects. The caller owns and disposes it. Requests are sent to this server whatever host their
    /// URL names, so it can stand in for <c>https://api.sms.cx</c>.
    /// </summary>
    public HttpMessageHandler CreateHandler() =>
        _memory is not null
            ? _memory.CreateHandler()
            : new RedirectingHandler(Url) { InnerHandler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false } };

    /// <summary>A new <see cref="HttpClient"/> for this server with <see cref="Url"/> as its base address; the caller disposes it.</summary>
    public HttpClient CreateClient() => new(CreateHandler(), disposeHandler: true) { BaseAddress = Url };

    /// <summary>
    /// Delivers webhooks whose URL has the scheme and authority of <paramref name="baseAddress"/> through the handler
    /// <paramref name="handler"/> creates (once, on first use) instead of the network, e.g. to an app's in-memory
    /// test server. Dispose the result to remove the route. Routes of one mock never affect another; a second route
    /// for the same address of the same mock throws <see cref="InvalidOperationException"/> (see
    /// <see cref="WebhookRoutes.Add"/>).
    /// </summary>
    public IDisposable RouteWebhooks(Uri baseAddress, Func<HttpMessageHandler> handler) =>
        _app.Services.GetRequiredService<WebhookRoutes>().Add(baseAddress, handler);

    /// <summary>Starts a server with <paramref name="options"/> (defaults when null) and waits until it listens.</summary>
    public static async Task<SmsCxMockServer> StartAsync(
        MockOptions? options = null, MockServerSettings? settings = null, CancellationToken cancellationToken = default)
    {
        options ??= new MockOptions();
        settings ??= new MockServerSettings();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.MaxRequestBodyBytes, nameof(settings.MaxRequestBodyBytes));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SmsCxMockServer).Assembly.GetName().Name,
            Args = [],
        });
        // An embedded server takes its settings from code only, never from files or variables where it runs.
        builder.Configuration.Sources.Clear();
        ConfigureLogging(builder, settings);
        var address = settings.InMemory ? IPAddress.Loopback : ParseAddress(settings.ListenAddress);
        if (settings.InMemory)
        {
            builder.WebHost.UseTestServer(server =>
            {
                server.BaseAddress = MockServerSettings.InMemoryUrl;
                server.PreserveExecutionContext = false;
            });
        }
        else
        {
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(address, settings.Port);
                kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
                kestrel.AddServerHeader = false;
            });
        }

        if (settings.Time is not null)
            builder.Services.AddSingleton(settings.Time);
        builder.Services.AddSmsCxMock(options);
        // After the mock's own registrations, so a test's webhook client or handler replaces the default.
        settings.Services?.Invoke(builder.Services);

        var app = builder.Build();
        if (settings.InMemory)
            app.Use(RejectLargeBodies(settings.MaxRequestBodyBytes));
        app.UseSmsCxMockErrors();
        app.MapSmsCxMock();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            // E.g. the port is taken: the caller gets the exception, nothing of the half-started host stays behind.
            await app.DisposeAsync();
            throw;
        }

        var memory = settings.InMemory ? app.GetTestServer() : null;
        var url = memory is not null ? MockServerSettings.InMemoryUrl : ListeningUrl(app);
        var logger = app.Services.GetRequiredService<ILogger<SmsCxMockServer>>();
        if (!IPAddress.IsLoopback(address))
            LogNonLoopback(logger, settings.ListenAddress);
        var seed = app.Services.GetRequiredService<SeededRandom>().Seed;
        LogStarted(logger, url, memory is not null ? "in memory" : "listening", seed);
        return new SmsCxMockServer(app, url, memory);
    }

    private static IPAddress ParseAddress(string address) =>
        IPAddress.TryParse(address, out var parsed)
            ? parsed
            : throw new ArgumentException($"ListenAddress '{address}' is not an IP address; use e.g. 127.0.0.1.", nameof(address));

    private static Uri ListeningUrl(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        return new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
    }

    // The in-memory server has no Kestrel to enforce the body limit, so the body is read through a counting
    // stream that fails the way Kestrel does; the error middleware turns that into the API's 413 envelope.
    private static Func<Microsoft.AspNetCore.Http.HttpContext, Func<Task>, Task> RejectLargeBodies(long limit) =>
        (context, next) =>
        {
            context.Request.Body = new BodyLimitStream(context.Request.Body, limit);
            return next();
        };

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

        // The host's own "failed to start" entry repeats the exception StartAsync throws to the caller.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Mock SMS.CX API at {Url} ({Transport}, seed {Seed})")]
    private static partial void LogStarted(ILogger logger, Uri url, string transport, int seed);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "Mock listens on {Address}, not only loopback: other machines can reach it")]
    private static partial void LogNonLoopback(ILogger logger, string address);
}

/// <summary>
/// Sends every request to the mock's own scheme and authority, keeping path and query, so a client configured
/// for <c>https://api.sms.cx</c> reaches the mock on loopback instead.
/// </summary>
internal sealed class RedirectingHandler(Uri target) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } url)
        {
            request.RequestUri = new UriBuilder(url) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            request.Headers.Host = null;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
