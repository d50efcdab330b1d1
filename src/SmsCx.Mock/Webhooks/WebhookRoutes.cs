using System.Collections.Concurrent;

namespace SmsCx.Mock.Webhooks;

/// <summary>
/// Where webhooks go when their receiver is not on the network: a table from a URL's scheme and authority
/// (<c>http://localhost</c>) to a handler that reaches an in-memory server, e.g. the app under
/// <c>WebApplicationFactory</c>. Webhooks to any other URL leave through the network as usual. Thread-safe;
/// a route can be added and removed while webhooks are being sent.
/// </summary>
public sealed class WebhookRoutes
{
    private readonly ConcurrentDictionary<string, Lazy<HttpMessageHandler>> _routes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Number of routes in the table.</summary>
    public int Count => _routes.Count;

    /// <summary>
    /// Sends webhooks whose URL has the scheme and authority of <paramref name="baseAddress"/> through the handler
    /// <paramref name="handler"/> creates, once, on first use; replaces an earlier route for the same authority.
    /// The table does not dispose the handler. Returns a token that removes this route when disposed.
    /// </summary>
    public IDisposable Add(Uri baseAddress, Func<HttpMessageHandler> handler)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(handler);
        if (!baseAddress.IsAbsoluteUri)
            throw new ArgumentException("A webhook route needs an absolute URL, e.g. http://localhost/.", nameof(baseAddress));

        var key = KeyOf(baseAddress);
        var route = new Lazy<HttpMessageHandler>(handler, LazyThreadSafetyMode.ExecutionAndPublication);
        _routes[key] = route;
        return new Removal(this, key, route);
    }

    /// <summary>The handler routed for <paramref name="url"/>, or <see langword="null"/> to use the network.</summary>
    internal HttpMessageHandler? Find(Uri url) =>
        !_routes.IsEmpty && _routes.TryGetValue(KeyOf(url), out var route) ? route.Value : null;

    private static string KeyOf(Uri url) => url.GetLeftPart(UriPartial.Authority);

    private sealed class Removal(WebhookRoutes routes, string key, Lazy<HttpMessageHandler> route) : IDisposable
    {
        // Removes only the route this token added, never a later replacement for the same authority.
        public void Dispose() => routes._routes.TryRemove(new KeyValuePair<string, Lazy<HttpMessageHandler>>(key, route));
    }
}

/// <summary>
/// The last handler before the network in the dispatcher's <see cref="HttpClient"/>: a request whose URL has a
/// route in <see cref="WebhookRoutes"/> goes to that in-memory handler instead of a socket.
/// </summary>
internal sealed class WebhookRoutingHandler(WebhookRoutes routes) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } url && routes.Find(url) is { } routed)
            return new HttpMessageInvoker(routed, disposeHandler: false).SendAsync(request, cancellationToken);
        return base.SendAsync(request, cancellationToken);
    }
}
