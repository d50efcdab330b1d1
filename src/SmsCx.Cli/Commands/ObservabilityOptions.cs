using System.CommandLine;
using OpenTelemetry.Exporter;
using SmsCx.Cli.Telemetry;

namespace SmsCx.Cli.Commands;

/// <summary>
/// <c>--otlp-endpoint</c>, <c>--otlp-protocol</c> and <c>--log-format</c> of the commands that host servers. The
/// standard variables <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and
/// <c>OTEL_SERVICE_NAME</c> apply when the matching option is absent; <c>OTEL_EXPORTER_OTLP_HEADERS</c> is sent
/// with every export.
/// </summary>
internal sealed class ObservabilityOptions
{
    private readonly Option<Uri?> _endpoint = UrlOption.Create("--otlp-endpoint",
        "Export traces and metrics over OTLP to this collector, e.g. http://127.0.0.1:4318 " +
        "(default OTEL_EXPORTER_OTLP_ENDPOINT; off when neither is set).",
        "http://127.0.0.1:4318");

    private readonly Option<OtlpExportProtocol?> _protocol = new("--otlp-protocol")
    {
        Description = "OTLP transport: http/protobuf (or http, the default) or grpc (default OTEL_EXPORTER_OTLP_PROTOCOL).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (TryParseProtocol(text, out var protocol, out var problem))
                return protocol;

            result.AddError($"--otlp-protocol {problem}");
            return null;
        },
    };

    private readonly Option<string> _logFormat = new("--log-format")
    {
        Description = "Console log format: simple (one line per entry) or json.",
        DefaultValueFactory = _ => "simple",
    };

    public ObservabilityOptions()
    {
        _logFormat.AcceptOnlyFromAmong("simple", "json");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_endpoint);
        command.Options.Add(_protocol);
        command.Options.Add(_logFormat);
    }

    /// <summary>
    /// The settings from <paramref name="result"/>, else from <paramref name="environment"/> (a variable lookup);
    /// throws <see cref="ArgumentException"/> when the endpoint variable is not an http(s) URL or the protocol
    /// variable names no protocol the exporter supports.
    /// </summary>
    public Observability Read(ParseResult result, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var endpoint = result.GetValue(_endpoint) ?? EndpointFrom(environment("OTEL_EXPORTER_OTLP_ENDPOINT"));
        var protocol = result.GetValue(_protocol) ?? ProtocolFrom(environment("OTEL_EXPORTER_OTLP_PROTOCOL"));
        return new Observability(
            endpoint,
            protocol,
            result.GetValue(_logFormat) == "json",
            environment("OTEL_SERVICE_NAME") is { Length: > 0 } name ? name : null,
            environment("OTEL_EXPORTER_OTLP_HEADERS") is { Length: > 0 } headers ? headers : null);
    }

    /// <summary>True when the command line asked for JSON console logs.</summary>
    public bool JsonLogs(ParseResult result) => result.GetValue(_logFormat) == "json";

    /// <summary>
    /// Reads an OTLP protocol as the specification spells it: <c>http/protobuf</c> (also <c>http</c>) or
    /// <c>grpc</c>, in any case. <paramref name="problem"/> says what is wrong otherwise, e.g. that the .NET
    /// exporter does not support <c>http/json</c>.
    /// </summary>
    internal static bool TryParseProtocol(string value, out OtlpExportProtocol protocol, out string problem)
    {
        problem = string.Empty;
        protocol = OtlpExportProtocol.HttpProtobuf;
        switch (value.Trim().ToLowerInvariant())
        {
            case "http/protobuf" or "http":
                return true;
            case "grpc":
                protocol = OtlpExportProtocol.Grpc;
                return true;
            case "http/json":
                problem = "'http/json' is not supported by the .NET OTLP exporter; use http/protobuf or grpc.";
                return false;
            default:
                problem = $"must be http/protobuf (or http) or grpc, not '{value}'.";
                return false;
        }
    }

    private static OtlpExportProtocol ProtocolFrom(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return OtlpExportProtocol.HttpProtobuf;
        if (TryParseProtocol(value, out var protocol, out var problem))
            return protocol;
        throw new ArgumentException($"OTEL_EXPORTER_OTLP_PROTOCOL {problem}");
    }

    private static Uri? EndpointFrom(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            return url;
        throw new ArgumentException($"OTEL_EXPORTER_OTLP_ENDPOINT needs an absolute http or https URL, not '{value}'.");
    }
}
