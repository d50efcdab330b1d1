using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;

namespace SmsCx.Mock.Layering;

/// <summary>
/// WireMock.Net mappings layered over the emulated API: a request that a mapping matches gets that mapping's
/// answer (a 503 outage, a slow answer, an odd payload); every other request falls through to the emulation.
/// Mappings come from JSON mapping files (<see cref="MockOptions.MappingsFolder"/>) or the fluent API on
/// <see cref="Server"/> (<c>Given(Request.Create()...).RespondWith(Response.Create()...)</c>). With no mappings
/// the layer costs nothing; with mappings, requests are matched in-process (no extra network hop). A mapping's
/// time window (<c>TimeSettings</c> start, end, TTL) follows the mock's clock. Scenario states are not supported.
/// </summary>
public sealed class OverrideLayer : IDisposable
{
    private readonly TimeProvider _time;

    /// <summary>Creates the layer and loads the JSON mapping files of <paramref name="mappingsFolder"/>, if given.</summary>
    public OverrideLayer(string? mappingsFolder, TimeProvider time)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        // The WireMock server only holds mappings; it listens on a loopback port but the mock never sends to it.
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], MaxRequestLogCount = 0 });
        if (mappingsFolder is not null)
        {
            if (!Directory.Exists(mappingsFolder))
                throw new DirectoryNotFoundException($"No WireMock mappings folder at '{mappingsFolder}'.");
            Server.ReadStaticMappings(mappingsFolder);
        }
    }

    /// <summary>Where mappings live: add fluent mappings here, or call <c>ResetMappings()</c> to clear them.</summary>
    public WireMockServer Server { get; }

    /// <summary>Number of mappings in force.</summary>
    public int Count => Server.Mappings.Count(m => !m.IsAdminInterface);

    /// <summary>
    /// Answers <paramref name="context"/> from the best matching mapping (lowest priority number first) and
    /// returns <see langword="true"/>, or returns <see langword="false"/> and leaves the request untouched.
    /// </summary>
    public async Task<bool> TryAnswerAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mappings = Server.Mappings.Where(m => !m.IsAdminInterface && IsActive(m)).OrderBy(m => m.Priority).ToList();
        if (mappings.Count == 0)
            return false;

        var request = await OverrideRequest.ReadAsync(context.Request, context.RequestAborted);
        var mapping = mappings.FirstOrDefault(m => m.GetRequestMatchResult(request, null).IsPerfectMatch);
        if (mapping is null)
            return false;

        var (response, _) = await mapping.ProvideResponseAsync(request);
        await WriteAsync(context.Response, response);
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    private bool IsActive(IMapping mapping)
    {
        var settings = mapping.TimeSettings;
        if (settings is null)
            return true;
        var now = _time.GetUtcNow().UtcDateTime;
        var start = settings.Start?.ToUniversalTime();
        var end = settings.End?.ToUniversalTime();
        if (settings.TTL is { } ttl && mapping.UpdatedAt is { } updated)
            end = Min(end, updated.ToUniversalTime().AddSeconds(ttl));
        return (start is null || now >= start) && (end is null || now < end);
    }

    private static DateTime? Min(DateTime? a, DateTime b) => a is null || b < a ? b : a;

    private static async Task WriteAsync(HttpResponse response, IResponseMessage message)
    {
        response.StatusCode = message.StatusCode switch
        {
            int code => code,
            string text when int.TryParse(text, out var code) => code,
            System.Net.HttpStatusCode code => (int)code,
            _ => StatusCodes.Status200OK,
        };
        foreach (var (name, values) in message.Headers ?? new Dictionary<string, WireMockList<string>>())
            response.Headers[name] = values.ToArray();

        var body = message.BodyData;
        byte[]? bytes = body?.DetectedBodyType switch
        {
            BodyType.Json => System.Text.Encoding.UTF8.GetBytes(Newtonsoft.Json.JsonConvert.SerializeObject(body.BodyAsJson)),
            BodyType.Bytes => body.BodyAsBytes,
            BodyType.String or BodyType.FormUrlEncoded => System.Text.Encoding.UTF8.GetBytes(body.BodyAsString ?? string.Empty),
            _ => null,
        };
        if (bytes is null)
            return;
        if (body!.DetectedBodyType == BodyType.Json && !response.Headers.ContainsKey("Content-Type"))
            response.ContentType = "application/json";
        await response.Body.WriteAsync(bytes);
    }
}
