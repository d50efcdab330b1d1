using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SmsCx.Contract.Tests.Telemetry;

/// <summary>
/// Stands in for an OpenTelemetry collector's OTLP/HTTP receiver on a free loopback port: accepts
/// <c>POST /v1/traces</c> and <c>POST /v1/metrics</c>, keeps each body with its content type, answers 200 with
/// an empty body. Nothing is decoded.
/// </summary>
internal sealed class FakeCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Export> _exports;

    private FakeCollector(WebApplication app, ConcurrentQueue<Export> exports, Uri url)
    {
        _app = app;
        _exports = exports;
        Url = url;
    }

    public Uri Url { get; }

    public IReadOnlyList<Export> Exports => [.. _exports];

    public static async Task<FakeCollector> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var exports = new ConcurrentQueue<Export>();
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            exports.Enqueue(new Export(signal, request.ContentType, body.ToArray(), request.Headers["x-collector-key"].ToString()));
            return Results.Ok();
        });
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new FakeCollector(app, exports, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One POST: the signal (<c>traces</c> or <c>metrics</c>), its content type, body and <c>x-collector-key</c> header.</summary>
    public sealed record Export(string Signal, string? ContentType, byte[] Body, string CollectorKey);
}
