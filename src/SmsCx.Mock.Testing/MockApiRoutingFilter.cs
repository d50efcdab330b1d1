using Microsoft.Extensions.Http;
using SmsCx.Mock.Hosting;

namespace SmsCx.Mock.Testing;

/// <summary>
/// Runs after every other configuration of each <see cref="IHttpClientFactory"/> client and puts
/// <see cref="MockApiRoutingHandler"/> in front of its primary handler, so the app's own delegating handlers still
/// run and only the last hop changes.
/// </summary>
internal sealed class MockApiRoutingFilter(SmsCxMockServer sms, IReadOnlySet<string> hosts)
    : IHttpMessageHandlerBuilderFilter, IDisposable
{
    // One handler into the mock for all of this app's clients; an in-memory handler is safe to share.
    private readonly Lazy<HttpMessageInvoker> _mock = new(() => new HttpMessageInvoker(sms.CreateHandler(), disposeHandler: true));

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        builder.PrimaryHandler = new MockApiRoutingHandler(_mock, hosts, sms.Url) { InnerHandler = builder.PrimaryHandler };
    };

    public void Dispose()
    {
        if (_mock.IsValueCreated)
            _mock.Value.Dispose();
    }
}

/// <summary>
/// Sends requests for the API hosts (any port) and for the mock's own scheme, host and port to the mock, and every
/// other request to the network as before: another service on the mock's loopback address is not captured.
/// </summary>
internal sealed class MockApiRoutingHandler(Lazy<HttpMessageInvoker> mock, IReadOnlySet<string> hosts, Uri mockUrl) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.RequestUri is { IsAbsoluteUri: true } url && IsForTheMock(url)
            ? mock.Value.SendAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private bool IsForTheMock(Uri url) =>
        hosts.Contains(url.Host)
        || (string.Equals(url.Host, mockUrl.Host, StringComparison.OrdinalIgnoreCase) && url.Port == mockUrl.Port && url.Scheme == mockUrl.Scheme);
}
