using System.Diagnostics;
using System.Text.Json;
using OpenTelemetry.Exporter;
using SmsCx.Cli.Commands;

namespace SmsCx.Contract.Tests.Cli;

[TestFixture]
public sealed class UsageErrorTests
{
    // Regression: a bad option exited 1 (which for `run` means "an expectation failed") and printed the whole help.
    [TestCase("mock --otlp-endpoint notaurl", "mock")]
    [TestCase("mock --otlp-endpoint ftp://127.0.0.1:4318", "mock")]
    [TestCase("mock --otlp-endpoint \"\"", "mock")]
    [TestCase("mock --otlp-protocol xyz", "mock")]
    [TestCase("mock --log-format xml", "mock")]
    [TestCase("mock --port abc", "mock")]
    [TestCase("mock --no-such-option", "mock")]
    [TestCase("receiver --log-format xml", "receiver")]
    [TestCase("run scenarios --seed abc", "run")]
    [TestCase("run", "run")]
    public async Task InvalidOption_ExitsTwoWithOneLineError(string commandLine, string command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await SmscxCommandLine.InvokeAsync(Split(commandLine), output, error);

        var lines = Lines(error);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output.ToString(), Is.Empty, "no help text");
        Assert.That(lines, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(lines[..^1], Has.All.StartWith("error: "));
        Assert.That(lines[^1], Is.EqualTo($"Run 'smscx {command} --help' for the options."));
        Assert.That(error.ToString(), Does.Not.Contain("Usage:").And.Not.Contain("System.Int32"));
    }

    // Regression: out-of-range values started the server and failed there with exception text (two lines, C# names),
    // and a --basic-auth without a colon became a user with an empty password.
    [TestCase("mock --port 99999", "mock", "--port must be 0 (a free port) to 65535 (was '99999').")]
    [TestCase("mock --port -1", "mock", "--port must be 0 (a free port) to 65535 (was '-1').")]
    [TestCase("mock --listen notanip", "mock", "--listen must be an IP address, e.g. 127.0.0.1 or ::1 (was 'notanip').")]
    [TestCase("mock --chaos-duplicate 2", "mock", "--chaos-duplicate must be a rate from 0 to 1, e.g. 0.1 (was '2').")]
    [TestCase("mock --chaos-early-report -0.5", "mock", "--chaos-early-report must be a rate from 0 to 1, e.g. 0.1 (was '-0.5').")]
    [TestCase("mock --rate-limit 0", "mock", "--rate-limit must be a whole number above 0 (was '0').")]
    [TestCase("receiver --port 99999", "receiver", "--port must be 0 (a free port) to 65535 (was '99999').")]
    [TestCase("receiver --basic-auth nocolon", "receiver", "--basic-auth must be USER:PASSWORD with both parts non-empty (was 'nocolon').")]
    [TestCase("receiver --basic-auth :", "receiver", "--basic-auth must be USER:PASSWORD with both parts non-empty (was ':').")]
    [TestCase("receiver --basic-auth user:", "receiver", "--basic-auth must be USER:PASSWORD with both parts non-empty (was 'user:').")]
    public async Task OutOfRangeValue_IsAUsageErrorNamingTheOption(string commandLine, string command, string message)
    {
        using var error = new StringWriter();

        var code = await SmscxCommandLine.InvokeAsync(Split(commandLine), TextWriter.Null, error);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(Lines(error), Is.EqualTo(new[] { "error: " + message, $"Run 'smscx {command} --help' for the options." }));
    }

    [Test]
    public async Task InvalidOption_EveryErrorOnItsOwnLine()
    {
        using var error = new StringWriter();

        var code = await SmscxCommandLine.InvokeAsync(["mock", "--log-format", "xml", "--otlp-protocol", "xyz"], TextWriter.Null, error);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(Lines(error), Is.EqualTo(new[]
        {
            "error: --otlp-protocol must be http/protobuf (or http) or grpc, not 'xyz'.",
            "error: --log-format: Argument 'xml' not recognized. Must be one of: 'simple', 'json'",
            "Run 'smscx mock --help' for the options.",
        }).Or.EqualTo(new[]
        {
            "error: --log-format: Argument 'xml' not recognized. Must be one of: 'simple', 'json'",
            "error: --otlp-protocol must be http/protobuf (or http) or grpc, not 'xyz'.",
            "Run 'smscx mock --help' for the options.",
        }));
    }

    [TestCase("--help")]
    [TestCase("mock --help")]
    [TestCase("run --help")]
    [TestCase("--version")]
    public async Task InvalidOption_HelpAndVersionStillExitZero(string commandLine)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await SmscxCommandLine.InvokeAsync(Split(commandLine), output, error);

        Assert.That(code, Is.Zero);
        Assert.That(output.ToString(), Is.Not.Empty);
        Assert.That(error.ToString(), Is.Empty);
    }

    // Regression: OTEL_EXPORTER_OTLP_PROTOCOL=xyz was ignored and HTTP/protobuf used without a word.
    [TestCase("xyz", "must be http/protobuf (or http) or grpc, not 'xyz'")]
    [TestCase("http/json", "'http/json' is not supported by the .NET OTLP exporter")]
    public void UnknownOtlpProtocolVariable_IsAnError(string value, string expected)
    {
        var (options, command) = Observability();

        var ex = Assert.Throws<ArgumentException>(() => options.Read(command.Parse(""), Environment(value)));

        Assert.That(ex!.Message, Does.StartWith("OTEL_EXPORTER_OTLP_PROTOCOL ").And.Contain(expected));
    }

    [TestCase("http/protobuf", OtlpExportProtocol.HttpProtobuf)]
    [TestCase("HTTP/Protobuf", OtlpExportProtocol.HttpProtobuf)]
    [TestCase("http", OtlpExportProtocol.HttpProtobuf)]
    [TestCase("grpc", OtlpExportProtocol.Grpc)]
    [TestCase("GRPC", OtlpExportProtocol.Grpc)]
    [TestCase("", OtlpExportProtocol.HttpProtobuf)]
    public void UnknownOtlpProtocolVariable_SpecValuesAnyCaseAreAccepted(string value, OtlpExportProtocol expected)
    {
        var (options, command) = Observability();

        Assert.That(options.Read(command.Parse(""), Environment(value)).Protocol, Is.EqualTo(expected));
        if (value.Length > 0)
            Assert.That(options.Read(command.Parse(["--otlp-protocol", value]), _ => null).Protocol, Is.EqualTo(expected));
    }

    [Test]
    public void UnknownOtlpProtocolOption_HttpJsonRejectedAsUnsupported()
    {
        var (_, command) = Observability();

        var parse = command.Parse("--otlp-protocol http/json");

        Assert.That(parse.Errors.Select(e => e.Message), Has.One.Contains("not supported by the .NET OTLP exporter"));
    }

    [Test, CancelAfter(60_000)]
    public async Task UnknownOtlpProtocolVariable_MockExitsTwoWithOneLine(CancellationToken ct)
    {
        using var process = StartCli(["mock", "--port", "0"], ("OTEL_EXPORTER_OTLP_PROTOCOL", "xyz"));
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        Assert.That(process.ExitCode, Is.EqualTo(2));
        Assert.That(await stdout, Is.Empty);
        Assert.That((await stderr).TrimEnd(), Is.EqualTo(
            "error: could not start: OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf (or http) or grpc, not 'xyz'."));
    }

    // Regression: the example was the receiver's port 5090, not a collector's.
    [Test]
    public void OtlpEndpointExample_IsACollectorAddress()
    {
        var parse = MockCommand.Create().Parse("--otlp-endpoint notaurl");
        var option = MockCommand.Create().Options.Single(o => o.Name == "--otlp-endpoint");

        Assert.That(parse.Errors.Select(e => e.Message), Has.One.Contains("such as http://127.0.0.1:4318,"));
        Assert.That(parse.Errors.Select(e => e.Message), Has.None.Contains("5090"));
        Assert.That(option.Description, Does.Contain("http://127.0.0.1:4318").And.Not.Contain("5090"));
    }

    // Regression: with --log-format json the banner lines were printed between the JSON log lines on stdout.
    [Test, CancelAfter(60_000)]
    public async Task JsonLogFormat_StdoutHoldsOnlyJsonLines(CancellationToken ct)
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the server is stopped with SIGTERM");
        using var process = StartCli(["mock", "--log-format", "json", "--port", "0"]);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = new List<string>();
        try
        {
            // The banner arrives on stderr once the server listens.
            while (await process.StandardError.ReadLineAsync(ct) is { } line)
            {
                stderr.Add(line);
                if (line == "Press Ctrl+C to stop.")
                    break;
            }

            Assert.That(stderr, Has.Some.StartsWith("Mock SMS.CX API at http://127.0.0.1:"));
        }
        finally
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync(ct);
        }

        stderr.AddRange(Lines(await process.StandardError.ReadToEndAsync(ct)));
        await process.WaitForExitAsync(ct);

        var lines = Lines(await stdout);
        Assert.That(process.ExitCode, Is.Zero);
        Assert.That(stderr, Does.Contain("Stopping."));
        Assert.That(lines, Is.Not.Empty, "the start-up log entry");
        foreach (var line in lines)
        {
            Assert.DoesNotThrow(() => JsonDocument.Parse(line).Dispose(), $"not JSON: {line}");
            using var entry = JsonDocument.Parse(line);
            Assert.That(entry.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object));
        }
    }

    private static Process StartCli(string[] args, params (string Name, string Value)[] environment)
    {
        var dll = typeof(MockCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var name in new[] { "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_SERVICE_NAME" })
            start.Environment.Remove(name);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        return Process.Start(start)!;
    }

    private static (ObservabilityOptions Options, System.CommandLine.Command Command) Observability()
    {
        var options = new ObservabilityOptions();
        var command = new System.CommandLine.Command("x");
        options.AddTo(command);
        return (options, command);
    }

    private static Func<string, string?> Environment(string protocol) =>
        name => name == "OTEL_EXPORTER_OTLP_PROTOCOL" ? protocol : null;

    private static string[] Split(string commandLine) =>
        System.CommandLine.Parsing.CommandLineParser.SplitCommandLine(commandLine).ToArray();

    private static List<string> Lines(StringWriter writer) => Lines(writer.ToString());

    private static List<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
}
