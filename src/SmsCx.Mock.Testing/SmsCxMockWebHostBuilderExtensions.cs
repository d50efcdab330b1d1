using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using SmsCx.Mock.Hosting;

namespace SmsCx.Mock.Testing;

/// <summary>
/// Joins an app under test to a <see cref="SmsCxMockServer"/> in both directions with no ports: the app's
/// SMS.CX requests go to the mock, the mock's webhooks come back into the app's test server. Works with an
/// in-memory mock (<see cref="MockServerSettings.InMemory"/>) and with one on loopback. Each call binds one app to
/// one mock, so parallel tests that each start their own pair share nothing.
/// </summary>
public static class SmsCxMockWebHostBuilderExtensions
{
    /// <summary>
    /// <c>factory.WithSmsCxMock(sms, o => o.WebhookPath = "/webhooks/smscx")</c>: a derived factory whose app sends
    /// its SMS.CX traffic to <paramref name="sms"/> and receives the mock's webhooks in memory. Dispose the returned
    /// factory (it owns its app); the mock is the caller's to dispose.
    /// </summary>
    public static WebApplicationFactory<TEntryPoint> WithSmsCxMock<TEntryPoint>(
        this WebApplicationFactory<TEntryPoint> factory, SmsCxMockServer sms, Action<SmsCxRoutingOptions>? configure = null)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(sms);
        return factory.WithWebHostBuilder(builder => builder.UseSmsCxMock(sms, configure));
    }

    /// <summary>
    /// The same routing on any web host that runs on <see cref="TestServer"/>:
    /// <list type="bullet">
    /// <item>requests to <see cref="SmsCxRoutingOptions.ApiHosts"/> (any port) and to the mock's own scheme, host and
    /// port, from every client of the
    /// app's <see cref="IHttpClientFactory"/> (named, typed or default), are sent to the mock after the app's own
    /// handlers ran (so its API-key or logging handlers still apply); other hosts are untouched;</item>
    /// <item>webhooks to the test server's address (and <see cref="SmsCxRoutingOptions.AppBaseAddresses"/>) are
    /// delivered into the app in memory while it runs;</item>
    /// <item>the keys in <see cref="SmsCxRoutingOptions.BaseUrlSettings"/> are set to the mock's URL.</item>
    /// </list>
    /// An <see cref="HttpClient"/> the app creates with <c>new</c> bypasses the factory and is not routed; give it
    /// the mock's URL through configuration instead.
    /// </summary>
    public static IWebHostBuilder UseSmsCxMock(
        this IWebHostBuilder builder, SmsCxMockServer sms, Action<SmsCxRoutingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sms);
        var options = new SmsCxRoutingOptions();
        configure?.Invoke(options);
        if (options.WebhookPath is { } path && (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('\\')))
            throw new ArgumentException($"WebhookPath must be a path of the app starting with one '/', e.g. /webhooks/smscx (was '{path}').", nameof(configure));
        foreach (var host in options.ApiHosts)
        {
            if (Uri.CheckHostName(host) is UriHostNameType.Unknown or UriHostNameType.Basic)
                throw new ArgumentException($"ApiHosts takes host names such as api.sms.cx, not URLs or host:port (was '{host}').", nameof(configure));
        }

        foreach (var key in options.BaseUrlSettings)
            builder.UseSetting(key, sms.Url.AbsoluteUri);

        var hosts = new HashSet<string>(options.ApiHosts, StringComparer.OrdinalIgnoreCase);
        return builder.ConfigureTestServices(services =>
        {
            // Registered by factory so the container disposes the filter, and with it the handler into the mock.
            services.AddSingleton<IHttpMessageHandlerBuilderFilter>(_ => new MockApiRoutingFilter(sms, hosts));
            services.AddHostedService(provider => new WebhookRouteRegistration(sms, options, provider));
        });
    }
}
