using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SmsCx.Mock.Admin;
using SmsCx.Mock.Api;
using SmsCx.Mock.Inspector;
using SmsCx.Mock.Messaging;
using SmsCx.Mock.Layering;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Mock.Hosting;

/// <summary>
/// Embeds the mock in any ASP.NET Core host: <c>AddSmsCxMock</c> registers its services,
/// <see cref="UseSmsCxMockErrors"/> keeps every error in the API's envelope, <see cref="MapSmsCxMock"/> maps the
/// emulated API and the <c>/_mock/</c> admin API.
/// </summary>
public static class MockServiceCollectionExtensions
{
    /// <summary>
    /// Name of the <see cref="HttpClient"/> the dispatcher posts webhooks with. Configure it with
    /// <c>services.AddHttpClient(WebhookClientName)</c> to route webhooks elsewhere, e.g. to an in-memory server.
    /// </summary>
    public const string WebhookClientName = "SmsCx.Mock.Webhooks";

    /// <summary>
    /// Registers the mock. Options are validated here; an invalid value throws <see cref="ArgumentException"/>.
    /// A <see cref="TimeProvider"/> registered before this call (e.g. a fake clock) is used for every delay.
    /// </summary>
    public static IServiceCollection AddSmsCxMock(this IServiceCollection services, Action<MockOptions>? configure = null)
    {
        var options = new MockOptions();
        configure?.Invoke(options);
        return services.AddSmsCxMock(options);
    }

    /// <summary>Registers the mock with an options instance the caller keeps; validated as above.</summary>
    public static IServiceCollection AddSmsCxMock(this IServiceCollection services, MockOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new SeededRandom(options.Seed));
        services.AddSingleton(_ => new WebhookJournal(options.Webhooks.MaxJournalEntries));
        services.AddSingleton<WebhookRoutes>();
        services.AddHttpClient(WebhookClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp => new WebhookRoutingHandler(sp.GetRequiredService<WebhookRoutes>()))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                UseProxy = false,
                // Only the receiver's own 200 counts; a followed redirect would turn the POST into a GET elsewhere.
                AllowAutoRedirect = false,
                MaxConnectionsPerServer = options.Webhooks.MaxConcurrencyPerEndpoint,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        services.AddSingleton(sp => new WebhookDispatcher(
            options.Webhooks,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookClientName),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<WebhookJournal>(),
            sp.GetRequiredService<ILogger<WebhookDispatcher>>(),
            sp.GetRequiredService<SeededRandom>()));
        services.AddSingleton<MockEngine>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<ApiAuthenticator>();
        services.AddSingleton(sp => new FixedWindowLimiter(options.RateLimitWindow, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SendService>();
        services.AddSingleton<AccountLedger>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<ApiGateFilter>();
        services.AddSingleton(sp => new OverrideLayer(options.MappingsFolder, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Adds the middleware that answers 404, 405, 413 and 500 in the API's error envelope, then the WireMock.Net
    /// override layer, so overrides answer before the emulation.
    /// </summary>
    public static IApplicationBuilder UseSmsCxMockErrors(this IApplicationBuilder app) =>
        app.UseMiddleware<ApiErrorMiddleware>().UseMiddleware<OverrideMiddleware>();

    /// <summary>Maps the emulated SMS.CX API, its OpenAPI document and the <c>/_mock/</c> admin API.</summary>
    public static IEndpointRouteBuilder MapSmsCxMock(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapSmsCxApi();
        endpoints.MapSmsCxOpenApi();
        endpoints.MapSmsCxAdmin();
        endpoints.MapSmsCxInspector();
        return endpoints;
    }
}
