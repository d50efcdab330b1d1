using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SmsCx.Receiver;

/// <summary>
/// The receiver running in-process on Kestrel at 127.0.0.1, for embedding in the command line and in tests.
/// Logs Warning and above to the console unless told otherwise. Dispose to stop it; stopping drains the inbox.
/// </summary>
public sealed class ReceiverServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReceiverServer(WebApplication app, Uri url, string webhookPath)
    {
        _app = app;
        Database = app.Services.GetRequiredService<Storage.ReceiverDatabase>().Description;
        Url = url;
        WebhookUrl = new Uri(url, webhookPath);
    }

    /// <summary>Base URL, e.g. <c>http://127.0.0.1:50123/</c>.</summary>
    public Uri Url { get; }

    /// <summary>Where the receiver stores: the SQLite file's full path, or PostgreSQL host, port and database.</summary>
    public string Database { get; }

    /// <summary>Full webhook URL to register with the provider, including the secret segment when one is set.</summary>
    public Uri WebhookUrl { get; }

    /// <summary>Starts a receiver on 127.0.0.1:<paramref name="port"/> (0 picks a free port) with quiet logging.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not 0 to 65535.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException"><paramref name="options"/> are invalid.</exception>
    public static Task<ReceiverServer> StartAsync(ReceiverOptions options, int port = 0, CancellationToken ct = default) =>
        StartAsync(options, port, null, ct);

    /// <summary>
    /// Starts a receiver on 127.0.0.1:<paramref name="port"/> (0 picks a free port). <paramref name="configureLogging"/>
    /// runs after the defaults (console, Warning and above) and may replace them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not 0 to 65535.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException"><paramref name="options"/> are invalid.</exception>
    public static Task<ReceiverServer> StartAsync(
        ReceiverOptions options, int port, Action<ILoggingBuilder>? configureLogging, CancellationToken ct = default) =>
        StartAsync(options, new ReceiverServerSettings { Port = port, Logging = configureLogging }, ct);

    /// <summary>
    /// Starts a receiver as <paramref name="settings"/> say: port on 127.0.0.1, logging, and extra services
    /// registered after the receiver's own.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The port is not 0 to 65535.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException"><paramref name="options"/> are invalid.</exception>
    public static async Task<ReceiverServer> StartAsync(
        ReceiverOptions options, ReceiverServerSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.Port, IPEndPoint.MaxPort);

        var app = Build(options, settings);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var webhookPath = options.Secret is null
            ? options.WebhookPath
            : $"{options.WebhookPath}/{Uri.EscapeDataString(options.Secret)}";
        return new ReceiverServer(app, new Uri(address.TrimEnd('/') + "/"), webhookPath.TrimStart('/'));
    }

    private static WebApplication Build(ReceiverOptions options, ReceiverServerSettings settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ReceiverServer).Assembly.GetName().Name,
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.Port));
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        settings.Logging?.Invoke(builder.Logging);
        builder.Services.AddSmsCxReceiver(options.CopyTo);
        settings.Services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseSmsCxReceiverProblems();
        app.MapSmsCxReceiver();
        return app;
    }

    /// <summary>Stops the server (letting the inbox worker finish pending rows) and releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
