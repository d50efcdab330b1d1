using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SmsCx.Bench.Baseline;

/// <summary>
/// The yardstick for receiver benchmarks: <c>POST /webhooks/smscx</c> reads the whole body and answers 200 with a
/// small JSON, storing nothing. Listens where <c>--urls</c> says (default <c>http://127.0.0.1:5099</c>).
/// <c>--delay-ms N</c> makes every answer take N ms more (a slow receiver for dispatcher benchmarks).
/// <c>POST /v1/traces</c> and <c>/v1/metrics</c> accept OTLP/HTTP exports and discard them (a loopback collector).
/// </summary>
public static class Program
{
    /// <summary>Runs until stopped.</summary>
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5099");
        var delay = TimeSpan.FromMilliseconds(int.TryParse(builder.Configuration["delay-ms"], out var ms) ? ms : 0);
        await using var app = builder.Build();
        app.MapPost("/webhooks/smscx", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            if (delay > TimeSpan.Zero)
                await Task.Delay(delay);
            return TypedResults.Ok(new Ack(0, 0, 0));
        });
        // The same fixed send answer the WireMock stub gives, for POST /sms comparisons with the mock.
        var smsAnswer = builder.Configuration["sms-answer"] is { } file ? File.ReadAllText(file) : "{}";
        app.MapPost("/sms", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return TypedResults.Text(smsAnswer, "application/json; charset=utf-8");
        });
        // A stand-in OTLP/HTTP collector for telemetry-overhead benchmarks: takes the export, keeps nothing.
        app.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return TypedResults.Ok();
        });
        await app.RunAsync();
    }
}
