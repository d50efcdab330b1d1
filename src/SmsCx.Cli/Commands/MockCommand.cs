using System.CommandLine;
using Microsoft.Extensions.Logging;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;

namespace SmsCx.Cli.Commands;

/// <summary><c>smscx mock</c>: runs the mock SMS.CX server until Ctrl+C.</summary>
internal static class MockCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var listen = new Option<string>("--listen") { Description = "Address to listen on; anything but loopback is logged.", DefaultValueFactory = _ => "127.0.0.1" };
        var apiKeys = new Option<string[]>("--api-key") { Description = "API key accepted in X-API-KEY (repeatable). Default test_key.", AllowMultipleArgumentsPerToken = false };
        var webhookUrl = UrlOption.Create("--webhook-url", "Account webhook URL for delivery reports, replies, clicks and opt-outs.");
        var seed = new Option<int?>("--seed") { Description = "Seed for ids, fake data and delays (reproducible runs)." };
        var adminKey = new Option<string?>("--admin-key") { Description = "Key the /_mock/ admin API requires in X-Admin-Key." };
        var verbose = new Option<bool>("--verbose") { Description = "Log every status change and webhook attempt." };
        var command = new Command("mock", "Run the mock SMS.CX API server.") { port, listen, apiKeys, webhookUrl, seed, adminKey, verbose };
        command.SetAction(async (result, ct) =>
        {
            var options = new MockOptions
            {
                WebhookUrl = result.GetValue(webhookUrl),
                Seed = result.GetValue(seed),
                AdminKey = result.GetValue(adminKey),
            };
            if (result.GetValue(apiKeys) is { Length: > 0 } keys)
                options.ApiKeys = [.. keys];

            var level = result.GetValue(verbose) ? LogLevel.Debug : LogLevel.Information;
            var settings = new MockServerSettings
            {
                Port = result.GetValue(port),
                ListenAddress = result.GetValue(listen)!,
                Logging = logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(level)
                    .AddFilter("Microsoft", LogLevel.Warning),
            };
            return await Hosting.RunUntilStoppedAsync(
                () => SmsCxMockServer.StartAsync(options, settings, ct),
                server => $"Mock SMS.CX API at {server.Url} (API key {Mask(options.ApiKeys[0])}); admin API at {server.Url}_mock/",
                ct);
        });
        return command;
    }

    internal static string Mask(string secret) => secret.Length <= 4 ? "****" : secret[..2] + new string('*', secret.Length - 4) + secret[^2..];
}
