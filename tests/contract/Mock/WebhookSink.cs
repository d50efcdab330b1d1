using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace SmsCx.Contract.Tests.Mock;

/// <summary>
/// A WireMock.Net server on a free loopback port that stands in for the app's webhook endpoint: it answers
/// every POST with <c>answer</c> (200 by default) unless a test maps more specific answers on <see cref="Server"/>.
/// Each test starts its own; dispose it to stop it.
/// </summary>
internal sealed class WebhookSink : IDisposable
{
    // Enough for every test here; the log is bounded so a runaway dispatcher cannot grow it without limit.
    private const int MaxLoggedRequests = 100;

    private WebhookSink(WireMockServer server)
    {
        Server = server;
    }

    public WireMockServer Server { get; }

    /// <summary>Base URL ending in a slash, e.g. <c>http://localhost:41234/</c>.</summary>
    public Uri Url => new(Server.Url!.TrimEnd('/') + "/");

    public static WebhookSink Start(int answer = 200)
    {
        var server = WireMockServer.Start(new WireMockServerSettings { MaxRequestLogCount = MaxLoggedRequests });
        try
        {
            // A low priority, so the more specific mappings a test adds win.
            server.Given(Request.Create().UsingPost())
                .AtPriority(1000)
                .RespondWith(Response.Create().WithStatusCode(answer));
            return new WebhookSink(server);
        }
        catch
        {
            server.Stop();
            server.Dispose();
            throw;
        }
    }

    public Uri UrlFor(string relative) => new(Url, relative);

    /// <summary>Requests received so far, oldest first, optionally only those to <paramref name="path"/>.</summary>
    public IReadOnlyList<ReceivedWebhook> Received(string? path = null) =>
    [
        .. Server.LogEntries
            .OrderBy(e => e.RequestMessage.DateTime)
            .Where(e => path is null || e.RequestMessage.Path == path)
            .Select(ReceivedWebhook.Of),
    ];

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}

/// <summary>One request the sink received, with its body parsed.</summary>
internal sealed record ReceivedWebhook(
    string Method, string Path, string Query, string? ContentType, JsonElement Body, IReadOnlyDictionary<string, string> Headers,
    string RawBody)
{
    public string? Event => Body.GetProperty("event").GetString();

    public IReadOnlyList<JsonElement> Items => [.. Body.GetProperty("data").EnumerateArray()];

    public static ReceivedWebhook Of(WireMock.Logging.ILogEntry entry)
    {
        var request = entry.RequestMessage;
        var contentType = request.Headers?
            .FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
            .Value?.FirstOrDefault();
        var body = string.IsNullOrEmpty(request.Body) ? default : JsonDocument.Parse(request.Body).RootElement.Clone();
        var headers = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value), StringComparer.Ordinal);
        return new ReceivedWebhook(request.Method, request.Path, new Uri(request.AbsoluteUrl).Query, contentType, body, headers,
            request.Body ?? string.Empty);
    }
}
