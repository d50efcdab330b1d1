using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace SmsCx.Mock.Layering;

/// <summary>
/// An incoming request as WireMock.Net's matchers see it, built from ASP.NET Core's <see cref="HttpRequest"/>
/// and the already-read body, so mappings can be evaluated inside the mock's own pipeline.
/// </summary>
internal sealed class OverrideRequest : IRequestMessage
{
    private OverrideRequest(HttpRequest request, byte[] body)
    {
        var url = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}");
        Url = AbsoluteUrl = url.ToString();
        Path = AbsolutePath = request.Path.Value ?? "/";
        PathSegments = AbsolutePathSegments = Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        Method = request.Method;
        HttpVersion = request.Protocol.Replace("HTTP/", string.Empty, StringComparison.Ordinal);
        Headers = request.Headers.ToDictionary(h => h.Key, h => new WireMockList<string>(h.Value.ToArray()!), StringComparer.OrdinalIgnoreCase);
        Cookies = request.Cookies.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        Query = request.Query.ToDictionary(q => q.Key, q => new WireMockList<string>(q.Value.ToArray()!), StringComparer.Ordinal);
        QueryIgnoreCase = new Dictionary<string, WireMockList<string>>(Query, StringComparer.OrdinalIgnoreCase);
        RawQuery = request.QueryString.Value?.TrimStart('?') ?? string.Empty;
        Host = url.Host;
        Protocol = url.Scheme;
        Port = url.Port;
        Origin = $"{url.Scheme}://{url.Authority}";
        ClientIP = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
        BodyAsBytes = body;
        Body = body.Length == 0 ? null : Encoding.UTF8.GetString(body);
        BodyAsJson = JsonBody(request.ContentType, Body);
        var type = body.Length == 0 ? BodyType.None : BodyAsJson is not null ? BodyType.Json : BodyType.String;
        BodyData = new BodyData
        {
            BodyAsBytes = body,
            BodyAsString = Body,
            BodyAsJson = BodyAsJson,
            Encoding = Encoding.UTF8,
            DetectedBodyType = type,
            DetectedBodyTypeFromContentType = type,
        };
        DetectedBodyType = DetectedBodyTypeFromContentType = type.ToString();
    }

    public string ClientIP { get; }
    public string Url { get; }
    public string AbsoluteUrl { get; }
    public string? ProxyUrl { get; set; }
    public DateTime DateTime { get; } = DateTime.UtcNow;
    public string Path { get; }
    public string AbsolutePath { get; }
    public string[] PathSegments { get; }
    public string[] AbsolutePathSegments { get; }
    public string Method { get; }
    public string HttpVersion { get; }
    public IDictionary<string, WireMockList<string>>? Headers { get; }
    public IDictionary<string, string>? Cookies { get; }
    public IDictionary<string, WireMockList<string>>? Query { get; }
    public IDictionary<string, WireMockList<string>>? QueryIgnoreCase { get; }
    public string RawQuery { get; }
    public IBodyData? BodyData { get; }
    public string? Body { get; }
    public object? BodyAsJson { get; }
    public byte[]? BodyAsBytes { get; }
    public WireMock.Models.Mime.IMimeMessageData? BodyAsMimeMessage => null;
    public string? DetectedBodyType { get; }
    public string? DetectedBodyTypeFromContentType { get; }
    public string? DetectedCompression => null;
    public string Host { get; }
    public string Protocol { get; }
    public int Port { get; }
    public string Origin { get; }
    public X509Certificate2? ClientCertificate => null;

    /// <summary>A query parameter by name, as WireMock's matchers ask for it.</summary>
    public WireMockList<string>? GetParameter(string key, bool ignoreCase = false) =>
        (ignoreCase ? QueryIgnoreCase : Query)!.TryGetValue(key, out var values) ? values : null;

    /// <summary>Reads the request's body (bounded by the server's body limit) and builds the message.</summary>
    public static async Task<OverrideRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, ct);
        request.Body.Position = 0;
        return new OverrideRequest(request, copy.ToArray());
    }

    private static Newtonsoft.Json.Linq.JToken? JsonBody(string? contentType, string? body)
    {
        if (body is null || contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
            return null;
        try
        {
            return Newtonsoft.Json.Linq.JToken.Parse(body);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
