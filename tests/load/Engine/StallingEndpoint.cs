using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SmsCx.Load.Tests.Engine;

/// <summary>
/// A loopback endpoint (<c>POST /hook</c>, answers 200 at once) that pauses once, like a stop-the-world GC or a
/// lock: from <c>stallAfter</c> after its first request, every request waits until the pause of <c>stall</c> ends.
/// </summary>
internal sealed class StallingEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeSpan _stallAfter;
    private readonly TimeSpan _stall;
    private readonly object _gate = new();
    private DateTimeOffset? _first;
    private DateTimeOffset? _stallEnds;

    private StallingEndpoint(WebApplication app, TimeSpan stallAfter, TimeSpan stall)
    {
        _app = app;
        _stallAfter = stallAfter;
        _stall = stall;
    }

    public Uri Url { get; private set; } = null!;

    public static async Task<StallingEndpoint> StartAsync(TimeSpan stallAfter, TimeSpan stall, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new StallingEndpoint(app, stallAfter, stall);
        app.MapPost("/hook", endpoint.HandleAsync);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        endpoint.Url = new Uri(address + "/");
        return endpoint;
    }

    private async Task<IResult> HandleAsync(CancellationToken ct)
    {
        var pause = PauseFor(DateTimeOffset.UtcNow);
        if (pause > TimeSpan.Zero)
            await Task.Delay(pause, ct);

        return TypedResults.Ok();
    }

    private TimeSpan PauseFor(DateTimeOffset now)
    {
        lock (_gate)
        {
            _first ??= now;
            if (_stallEnds is null && now - _first >= _stallAfter)
                _stallEnds = now + _stall;

            return _stallEnds is { } end && now < end ? end - now : TimeSpan.Zero;
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
