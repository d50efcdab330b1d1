using System.CommandLine;
using OpenTelemetry.Exporter;
using SmsCx.Cli.Telemetry;

namespace SmsCx.Cli.Commands;

/// <summary>
/// <c>--otlp-endpoint</c>, <c>--otlp-protocol</c> and <c>--log-format</c> of the commands that host servers. The
/// standard variables <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and
/// <c>OTEL_SERVICE_NAME</c> apply when the matching option is absent.
/// </summary>
internal sealed class ObservabilityOptions
{
    private readonly Option<Uri?> _endpoint = UrlOption.Create("--otlp-endpoint",
        "Export traces and metrics over OTLP to this collector (default OTEL_EXPORTER_OTLP_ENDPOINT; off when neither is set).");

    private readonly Option<string?> _protocol = new("--otlp-protocol")
    {
        Description = "OTLP transport: http (protobuf, the default) or grpc (default OTEL_EXPORTER_OTLP_PROTOCOL).",
    };

    private readonly Option<string> _logFormat = new("--log-format")
    {
        Description = "Console log format: simple (one line per entry) or json.",
        DefaultValueFactory = _ => "simple",
    };

    public ObservabilityOptions()
    {
        _protocol.AcceptOnlyFromAmong("http", "grpc");
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
    /// throws <see cref="ArgumentException"/> when the endpoint variable is not an http(s) URL.
    /// </summary>
    public Observability Read(ParseResult result, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var endpoint = result.GetValue(_endpoint) ?? EndpointFrom(environment("OTEL_EXPORTER_OTLP_ENDPOINT"));
        var protocol = result.GetValue(_protocol) ?? environment("OTEL_EXPORTER_OTLP_PROTOCOL");
        return new Observability(
            endpoint,
            protocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf,
            result.GetValue(_logFormat) == "json",
            environment("OTEL_SERVICE_NAME") is { Length: > 0 } name ? name : null);
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
