using System.CommandLine;
using Microsoft.Extensions.Logging;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;

namespace SmsCx.Cli.Commands;

/// <summary><c>smscx mock</c>: runs the mock SMS.CX server until Ctrl+C.</summary>
internal static class MockCommand
{
    private static readonly Option<int> s_port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 }.Port();
    private static readonly Option<string> s_listen = new Option<string>("--listen") { Description = "Address to listen on; anything but loopback is logged.", DefaultValueFactory = _ => "127.0.0.1" }.IpAddress();
    private static readonly Option<string[]> s_apiKeys = new("--api-key") { Description = "API key accepted in X-API-KEY (repeatable). Default test_key." };
    private static readonly Option<Uri?> s_webhookUrl = UrlOption.Create("--webhook-url", "Account webhook URL for delivery reports, replies, clicks and opt-outs.");
    private static readonly Option<int?> s_seed = new("--seed") { Description = "Seed for ids, fake data and chaos (reproducible runs)." };
    private static readonly Option<string?> s_adminKey = new("--admin-key") { Description = "Key the /_mock/ admin API requires in X-Admin-Key." };
    private static readonly Option<TimeSpan?> s_sentDelay = DurationOption.Single("--sent-delay", "Delay from send to the SENT report (default 1s).");
    private static readonly Option<TimeSpan?> s_deliveryDelay = DurationOption.Single("--delivery-delay", "Delay from SENT to the final report (default 2s).");
    private static readonly Option<TimeSpan?> s_batchWindow = DurationOption.Single("--batch-window", "How long webhook items are collected per request (default 1s).");
    private static readonly Option<List<TimeSpan>?> s_retryDelays = DurationOption.List("--retry-delays", "Waits before each webhook retry (default 10s,1m,5m,30m,2h).");
    private static readonly Option<TimeSpan?> s_timeout = DurationOption.Single("--webhook-timeout", "Time a receiver has to answer (default 10s).");
    private static readonly Option<string?> s_signingSecret = new("--signing-secret") { Description = "Sign webhooks Standard Webhooks style with this secret (whsec_BASE64 or text)." };
    private static readonly Option<int?> s_rateLimit = new Option<int?>("--rate-limit") { Description = "Requests per second per credential before 429 (default 1000)." }.Positive();
    private static readonly Option<double> s_duplicate = new Option<double>("--chaos-duplicate") { Description = "Rate (0-1) of batches delivered twice." }.Rate();
    private static readonly Option<double> s_reorder = new Option<double>("--chaos-reorder") { Description = "Rate (0-1) of batches held back 2s so later ones overtake them." }.Rate();
    private static readonly Option<TimeSpan?> s_jitter = DurationOption.Single("--chaos-jitter", "Largest random extra delay before a batch is sent.");
    private static readonly Option<double> s_split = new Option<double>("--chaos-split") { Description = "Rate (0-1) of batches split into two requests." }.Rate();
    private static readonly Option<double> s_early = new Option<double>("--chaos-early-report") { Description = "Rate (0-1) of SENT reports delivered before the send's answer." }.Rate();
    private static readonly Option<string?> s_mappings = new("--mappings") { Description = "Folder of WireMock.Net JSON mapping files that override the emulated API." };
    private static readonly Option<bool> s_verbose = new("--verbose") { Description = "Log every status change and webhook attempt." };
    private static readonly ObservabilityOptions s_observability = new();

    public static Command Create()
    {
        var command = new Command("mock", "Run the mock SMS.CX API server.")
        {
            s_port, s_listen, s_apiKeys, s_webhookUrl, s_seed, s_adminKey, s_sentDelay, s_deliveryDelay, s_batchWindow,
            s_retryDelays, s_timeout, s_signingSecret, s_rateLimit, s_duplicate, s_reorder, s_jitter, s_split, s_early, s_mappings, s_verbose,
        };
        s_observability.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var options = OptionsFrom(result);
            return await Hosting.RunUntilStoppedAsync(
                () => StartAsync(result, options, ct),
                server => $"Mock SMS.CX API at {server.Url} (API key {Mask(options.ApiKeys[0])}); admin API at {server.Url}_mock/; inspector at {server.Url}_mock/inspector/",
                s_observability.JsonLogs(result),
                ct);
        });
        return command;
    }

    /// <summary>Starts the mock as <c>smscx mock</c> would with <paramref name="result"/>, logging and export included.</summary>
    internal static Task<SmsCxMockServer> StartAsync(ParseResult result, MockOptions options, CancellationToken ct)
    {
        var level = result.GetValue(s_verbose) ? LogLevel.Debug : LogLevel.Information;
        var observability = s_observability.Read(result);
        var settings = new MockServerSettings
        {
            Port = result.GetValue(s_port),
            ListenAddress = result.GetValue(s_listen)!,
            Logging = logging => observability.Console(logging).SetMinimumLevel(level)
                .AddFilter("Microsoft", LogLevel.Warning).AddFilter("Microsoft.Extensions.Hosting", LogLevel.None),
            Services = services => observability.AddTo(services, "smscx-mock"),
        };
        return SmsCxMockServer.StartAsync(options, settings, ct);
    }

    internal static MockOptions OptionsFrom(ParseResult result)
    {
        var options = new MockOptions
        {
            WebhookUrl = result.GetValue(s_webhookUrl),
            Seed = result.GetValue(s_seed),
            AdminKey = result.GetValue(s_adminKey),
            MappingsFolder = result.GetValue(s_mappings),
        };
        if (result.GetValue(s_apiKeys) is { Length: > 0 } keys)
            options.ApiKeys = [.. keys];
        options.SentDelay = result.GetValue(s_sentDelay) ?? options.SentDelay;
        options.DeliveryDelay = result.GetValue(s_deliveryDelay) ?? options.DeliveryDelay;
        options.RateLimit = result.GetValue(s_rateLimit) ?? options.RateLimit;

        var webhooks = options.Webhooks;
        webhooks.BatchWindow = result.GetValue(s_batchWindow) ?? webhooks.BatchWindow;
        webhooks.RetryDelays = result.GetValue(s_retryDelays) ?? webhooks.RetryDelays;
        webhooks.Timeout = result.GetValue(s_timeout) ?? webhooks.Timeout;
        webhooks.SigningSecret = result.GetValue(s_signingSecret);
        webhooks.Chaos.DuplicateRate = result.GetValue(s_duplicate);
        webhooks.Chaos.ReorderRate = result.GetValue(s_reorder);
        webhooks.Chaos.MaxJitter = result.GetValue(s_jitter) ?? TimeSpan.Zero;
        webhooks.Chaos.SplitRate = result.GetValue(s_split);
        webhooks.Chaos.EarlyReportRate = result.GetValue(s_early);
        return options;
    }

    internal static string Mask(string secret) => secret.Length <= 4 ? "****" : secret[..2] + new string('*', secret.Length - 4) + secret[^2..];
}
