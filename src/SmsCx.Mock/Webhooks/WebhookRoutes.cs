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
    /// Sends webhooks whose URL has the scheme and authority of <paramref name="baseAddress"/> (absolute http or
    /// https) through the handler <paramref name="handler"/> creates, once, on first use. The table does not dispose
    /// the handler. Returns a token that removes this route when disposed. Throws
    /// <see cref="InvalidOperationException"/> when the authority is routed already: one address, one receiver, so
    /// webhooks can never reach the wrong app. A handler factory that returns <see langword="null"/> fails the
    /// attempt (journaled) rather than falling back to the network.
    /// </summary>
    public IDisposable Add(Uri baseAddress, Func<HttpMessageHandler> handler)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(handler);
        if (!baseAddress.IsAbsoluteUri || baseAddress.Scheme is not ("http" or "https"))
            throw new ArgumentException($"A webhook route needs an absolute http or https URL, e.g. http://localhost/ (was '{baseAddress}').", nameof(baseAddress));

        var key = KeyOf(baseAddress);
        var route = new Lazy<HttpMessageHandler>(
            // A broken route fails the attempt like a refused connection (journaled, retried), never goes elsewhere.
            () => handler() ?? throw new HttpRequestException($"The webhook route for {key} created no handler."),
            LazyThreadSafetyMode.ExecutionAndPublication);
        if (!_routes.TryAdd(key, route))
        {
            throw new InvalidOperationException(
                $"Webhooks to {key} already go to another in-memory server. Start one mock per app (each is cheap), "
                + "or dispose the earlier route first.");
        }

        return new Removal(this, key, route);
    }

    /// <summary>
    /// The handler routed for <paramref name="url"/>, or <see langword="null"/> to use the network; throws
    /// <see cref="HttpRequestException"/> when the route's factory made no handler.
    /// </summary>
    internal HttpMessageHandler? Find(Uri url) =>
        !_routes.IsEmpty && _routes.TryGetValue(KeyOf(url), out var route) ? route.Value : null;

    private static string KeyOf(Uri url) => url.GetLeftPart(UriPartial.Authority);

    private sealed class Removal(WebhookRoutes routes, string key, Lazy<HttpMessageHandler> route) : IDisposable
    {
        // Removes only the route this token added, never one added later for the same authority.
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
