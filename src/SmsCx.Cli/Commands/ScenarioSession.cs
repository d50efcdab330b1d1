using Microsoft.Extensions.Logging;
using SmsCx.Cli.Telemetry;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;
using SmsCx.Mock.Scenarios;
using SmsCx.Receiver;

namespace SmsCx.Cli.Commands;

/// <summary>
/// The main job: loads scenario files, starts the mock (and, unless another app is named, the reference receiver
/// on a temporary SQLite file) on free loopback ports, wires them together, plays every scenario and reports.
/// </summary>
public static class ScenarioSession
{
    /// <summary>API key the session's mock accepts and its receiver sends.</summary>
    public const string ApiKey = "test_key";

    /// <summary>
    /// Mock timings for scenario runs: shorter than the server defaults so a run takes seconds, with retries that
    /// still happen within a scenario's waits.
    /// </summary>
    public static MockOptions ScenarioMockOptions(int? seed) => new()
    {
        ApiKeys = [ApiKey],
        Seed = seed,
        SentDelay = TimeSpan.FromMilliseconds(300),
        DeliveryDelay = TimeSpan.FromMilliseconds(700),
        CustomerDelay = TimeSpan.FromMilliseconds(500),
        Webhooks = new WebhookOptions
        {
            BatchWindow = TimeSpan.FromMilliseconds(200),
            RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)],
            Timeout = TimeSpan.FromSeconds(5),
        },
    };

    /// <summary>
    /// Runs the session, writing progress to <paramref name="output"/>. Throws <see cref="FileNotFoundException"/>
    /// for a path that does not exist.
    /// </summary>
    public static async Task<RunResult> RunAsync(RunSettings settings, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var (scenarios, invalid) = Load(settings.Paths);
        if (scenarios.Count == 0 && invalid.Count == 0)
            throw new FileNotFoundException($"No scenario files (*.yaml, *.yml) in {string.Join(", ", settings.Paths)}.");
        if (settings.ReportPath is { } report && Path.GetDirectoryName(Path.GetFullPath(report)) is { } folder && !Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The report folder {folder} does not exist; create it or pick another --report path.");

        var logLevel = settings.Verbose ? LogLevel.Information : LogLevel.Warning;
        var observability = settings.Observability ?? Observability.Off;
        await using var mock = await SmsCxMockServer.StartAsync(ScenarioMockOptions(settings.Seed), new MockServerSettings
        {
            Port = settings.MockPort,
            Logging = logging => observability.Console(logging).SetMinimumLevel(logLevel)
                .AddFilter("Microsoft", LogLevel.Warning).AddFilter("Microsoft.Extensions.Hosting", LogLevel.None),
            // The SDK listens process-wide: added to the mock's host only, it also sees the receiver's spans.
            Services = services => observability.AddTo(services, "smscx-run"),
        }, ct);
        await using var app = await AppUnderTest.StartAsync(settings, mock, logLevel, observability, ct);
        await output.WriteLineAsync($"Mock SMS.CX API at {mock.Url} (seed {mock.Engine.Random.Seed}); app at {app.Url}; " +
            $"webhooks to {mock.Options.WebhookUrl}");

        using var runner = new ScenarioRunner(mock.Engine, mock.Url, ApiKey, app.Url, new ConsoleReporter(output));
        var result = await runner.RunAsync(scenarios, invalid, ct);
        if (settings.ReportPath is not null)
        {
            await File.WriteAllTextAsync(settings.ReportPath, MarkdownReport.Render(result), ct);
            await output.WriteLineAsync($"Report written to {Path.GetFullPath(settings.ReportPath)}");
        }

        return result;
    }

    private static (List<ScenarioDocument> Scenarios, List<ScenarioFormatException> Invalid) Load(IReadOnlyList<string> paths)
    {
        var scenarios = new List<ScenarioDocument>();
        var invalid = new List<ScenarioFormatException>();
        foreach (var file in ScenarioLoader.Expand(paths))
        {
            try
            {
                scenarios.Add(ScenarioLoader.LoadFile(file));
            }
            catch (ScenarioFormatException ex)
            {
                invalid.Add(ex);
            }
        }

        return (scenarios, invalid);
    }

    /// <summary>The app the scenarios talk to: the in-process reference receiver, or an app at a given URL.</summary>
    private sealed class AppUnderTest : IAsyncDisposable
    {
        private readonly ReceiverServer? _receiver;
        private readonly string? _folder;

        private AppUnderTest(Uri url, ReceiverServer? receiver, string? folder)
        {
            Url = url;
            _receiver = receiver;
            _folder = folder;
        }

        public Uri Url { get; }

        public static async Task<AppUnderTest> StartAsync(
            RunSettings settings, SmsCxMockServer mock, LogLevel logLevel, Observability observability, CancellationToken ct)
        {
            if (settings.ReceiverUrl is { } external)
            {
                mock.Options.WebhookUrl = settings.WebhookUrl ?? new Uri(external, "webhooks/smscx");
                return new AppUnderTest(external, null, null);
            }

            var folder = Directory.CreateTempSubdirectory("smscx-run-").FullName;
            var options = new ReceiverOptions
            {
                DatabasePath = Path.Combine(folder, "receiver.db"),
                SmsCxBaseUrl = mock.Url.AbsoluteUri,
                SmsCxApiKey = ApiKey,
            };
            var receiver = await ReceiverServer.StartAsync(options, new ReceiverServerSettings
            {
                Logging = logging => observability.Console(logging).SetMinimumLevel(logLevel)
                    .AddFilter("Microsoft", LogLevel.Warning).AddFilter("Microsoft.Extensions.Hosting", LogLevel.None),
            }, ct);
            mock.Options.WebhookUrl = receiver.WebhookUrl;
            return new AppUnderTest(receiver.Url, receiver, folder);
        }

        public async ValueTask DisposeAsync()
        {
            if (_receiver is not null)
                await _receiver.DisposeAsync();
            if (_folder is null)
                return;
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException ex)
            {
                await Console.Error.WriteLineAsync($"warning: could not delete {_folder}: {ex.Message}");
            }
        }
    }
}
