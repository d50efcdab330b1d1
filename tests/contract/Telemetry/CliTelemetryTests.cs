using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SmsCx.Cli.Commands;
using SmsCx.Cli.Telemetry;
using SmsCx.Contract.Tests.Mock;
using SmsCx.Mock.Diagnostics;
using SmsCx.Mock.Hosting;
using SmsCx.Mock.Webhooks;
using SmsCx.Receiver.Diagnostics;

namespace SmsCx.Contract.Tests.Telemetry;

// Shares the process-wide listeners with MockAndReceiverTelemetryTests, so it must not run beside them.
[TestFixture, NonParallelizable]
public sealed class CliTelemetryTests
{
    [Test, CancelAfter(60_000)]
    public async Task Mock_NoOtlpEndpoint_NobodyListensThroughASendAndItsWebhooks(CancellationToken ct)
    {
        Assume.That(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"), Is.Null.Or.Empty,
            "the environment configures an OTLP endpoint, which the command honours");
        using var sink = WebhookSink.Start();
        await using var server = await StartMockAsync(
            $"--port 0 --webhook-url {sink.UrlFor("dlr")} --sent-delay 10ms --delivery-delay 10ms --batch-window 10ms", ct);

        await SendAsync(server, ct);
        await WaitAsync(() => server.Journal.Snapshot().Where(e => e.Outcome == AttemptOutcome.Acknowledged).Sum(e => e.Items.Count) == 2, ct);

        using var mockSource = new ActivitySource(MockTelemetry.SourceName);
        using var receiverSource = new ActivitySource(ReceiverTelemetry.SourceName);
        Assert.That(mockSource.HasListeners(), Is.False);
        Assert.That(receiverSource.HasListeners(), Is.False);
        Assert.That(server.Services.GetService<TracerProvider>(), Is.Null);
        Assert.That(server.Services.GetService<MeterProvider>(), Is.Null);
    }

    [Test, CancelAfter(60_000)]
    public async Task Mock_OtlpEndpoint_ExportsTheSendSpanAsProtobufToTheCollector(CancellationToken ct)
    {
        await using var collector = await FakeCollector.StartAsync(ct);
        await using (var server = await StartMockAsync($"--port 0 --otlp-endpoint {collector.Url} --sent-delay 1h", ct))
        {
            await SendAsync(server, ct);
            Assert.That(server.Services.GetService<TracerProvider>(), Is.Not.Null);
        }

        // Stopping the host shuts the providers down, which flushes what they hold.
        await WaitAsync(() => collector.Exports.Any(e => e.Signal == "traces"), ct);
        var traces = collector.Exports.Where(e => e.Signal == "traces").ToList();
        Assert.That(traces, Has.All.Matches<FakeCollector.Export>(e => e.ContentType == "application/x-protobuf" && e.Body.Length > 0));
        var bytes = traces.SelectMany(e => e.Body).ToArray();
        Assert.That(Contains(bytes, MockTelemetry.SendSpan), Is.True, "the send span's name is in the export");
        Assert.That(Contains(bytes, Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME") is { Length: > 0 } name ? name : "smscx-mock"),
            Is.True, "the service name is in the export");
    }

    // Regression: the embedded hosts read no configuration, so OTEL_EXPORTER_OTLP_HEADERS never reached the exporter.
    [Test, CancelAfter(60_000)]
    public async Task OtlpHeaders_SentWithEveryExport(CancellationToken ct)
    {
        await using var collector = await FakeCollector.StartAsync(ct);
        var observability = new Observability(collector.Url, Headers: "x-collector-key=secret");
        await using (var server = await SmsCx.Mock.Hosting.SmsCxMockServer.StartAsync(
            new SmsCx.Mock.MockOptions { SentDelay = TimeSpan.FromHours(1) },
            new SmsCx.Mock.Hosting.MockServerSettings { Services = services => observability.AddTo(services, "smscx-mock") }, ct))
        {
            await SendAsync(server, ct);
        }

        await WaitAsync(() => collector.Exports.Any(e => e.Signal == "traces"), ct);
        Assert.That(collector.Exports.Select(e => e.CollectorKey), Has.All.EqualTo("secret"));
    }

    [Test]
    public void Options_ProtocolAndLogFormat_ReadFromTheCommandLineBeforeTheEnvironment()
    {
        var options = new ObservabilityOptions();
        var command = new System.CommandLine.Command("x");
        options.AddTo(command);
        var environment = new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4318",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc",
            ["OTEL_SERVICE_NAME"] = "app-under-test",
            ["OTEL_EXPORTER_OTLP_HEADERS"] = "x-collector-key=secret",
        };

        var fromEnvironment = options.Read(command.Parse(""), environment.GetValueOrDefault);
        var fromOptions = options.Read(command.Parse("--otlp-endpoint http://127.0.0.1:9999 --otlp-protocol http --log-format json"),
            environment.GetValueOrDefault);
        var nothing = options.Read(command.Parse(""), _ => null);

        Assert.That(fromEnvironment, Is.EqualTo(new Observability(new Uri("http://127.0.0.1:4318"), OtlpExportProtocol.Grpc, false, "app-under-test", "x-collector-key=secret")));
        Assert.That(fromOptions, Is.EqualTo(new Observability(new Uri("http://127.0.0.1:9999"), OtlpExportProtocol.HttpProtobuf, true, "app-under-test", "x-collector-key=secret")));
        Assert.That(nothing, Is.EqualTo(Observability.Off));
        Assert.That(command.Parse("--log-format xml").Errors, Is.Not.Empty);
    }

    [TestCase("http://127.0.0.1:4318", "http://127.0.0.1:4318/v1/traces")]
    [TestCase("http://127.0.0.1:4318/", "http://127.0.0.1:4318/v1/traces")]
    [TestCase("http://127.0.0.1:4318/otlp", "http://127.0.0.1:4318/otlp/v1/traces")]
    public void SignalUrl_BaseEndpoint_SignalPathAppendedAsForTheStandardVariable(string endpoint, string expected)
    {
        Assert.That(Observability.SignalUrl(new Uri(endpoint), "v1/traces"), Is.EqualTo(new Uri(expected)));
    }

    private static Task<SmsCxMockServer> StartMockAsync(string arguments, CancellationToken ct)
    {
        var parse = MockCommand.Create().Parse(arguments);
        Assert.That(parse.Errors, Is.Empty);
        return MockCommand.StartAsync(parse, MockCommand.OptionsFrom(parse), ct);
    }

    private static async Task SendAsync(SmsCxMockServer server, CancellationToken ct)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = server.Url };
        client.DefaultRequestHeaders.Add("X-API-KEY", "test_key");
        using var response = await client.PostAsJsonAsync("sms", new { to = "+4915112345678", from = "AcmeShop", text = "Hi" }, ct);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    private static async Task WaitAsync(Func<bool> condition, CancellationToken ct)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            Assert.That(waited, Is.LessThan(20_000), "the condition did not hold within 20 s");
            await Task.Delay(50, ct);
        }
    }

    private static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
