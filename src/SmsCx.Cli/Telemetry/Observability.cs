using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SmsCx.Mock.Diagnostics;
using SmsCx.Receiver.Diagnostics;

namespace SmsCx.Cli.Telemetry;

/// <summary>
/// How a server-hosting command logs and whether it exports traces and metrics. Export is off unless an OTLP
/// endpoint was given (<c>--otlp-endpoint</c> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); only then is the
/// OpenTelemetry SDK added to a host, and it sends to that endpoint only.
/// </summary>
/// <param name="OtlpEndpoint">
/// Base URL of the OTLP collector, or <see langword="null"/> for no export. For HTTP/protobuf the signal paths
/// <c>v1/traces</c> and <c>v1/metrics</c> are appended to it, as for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; for gRPC
/// it is used as it is.
/// </param>
/// <param name="Protocol">OTLP transport; default HTTP/protobuf.</param>
/// <param name="JsonLogs">Console logs as one JSON object per line instead of the simple single-line format.</param>
/// <param name="ServiceName">
/// <c>service.name</c> of exported telemetry, or <see langword="null"/> for the host's default
/// (<c>smscx-mock</c>, <c>smscx-receiver</c>, <c>smscx-run</c>).
/// </param>
/// <param name="Headers">
/// Headers sent with every export, in the form of <c>OTEL_EXPORTER_OTLP_HEADERS</c> (<c>key=value,key2=value2</c>),
/// e.g. a collector's API key; <see langword="null"/> for none.
/// </param>
public sealed record Observability(
    Uri? OtlpEndpoint = null,
    OtlpExportProtocol Protocol = OtlpExportProtocol.HttpProtobuf,
    bool JsonLogs = false,
    string? ServiceName = null,
    string? Headers = null)
{
    /// <summary>Simple console logs, no export.</summary>
    public static Observability Off { get; } = new();

    /// <summary>True when traces and metrics are exported.</summary>
    public bool Exporting => OtlpEndpoint is not null;

    /// <summary>
    /// Replaces the console providers of <paramref name="logging"/> with the chosen format. Log entries carry
    /// the current trace and span id as a scope; the scopes are written in JSON, and in the simple format only
    /// while exporting.
    /// </summary>
    public ILoggingBuilder Console(ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        if (JsonLogs)
            logging.AddJsonConsole(o => o.IncludeScopes = true);
        else
            logging.AddSimpleConsole(o => (o.SingleLine, o.IncludeScopes) = (true, Exporting));
        logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        return logging;
    }

    /// <summary>
    /// Adds the OpenTelemetry SDK to a host when exporting, and nothing otherwise: traces of the mock's and the
    /// receiver's sources, ASP.NET Core and HttpClient; metrics of their meters, ASP.NET Core and HttpClient;
    /// both to <see cref="OtlpEndpoint"/>. The SDK listens process-wide, so one process should add it to one host.
    /// </summary>
    public void AddTo(IServiceCollection services, string defaultServiceName)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (OtlpEndpoint is not { } endpoint)
            return;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName ?? defaultServiceName))
            .WithTracing(tracing => tracing
                .AddSource(MockTelemetry.SourceName, ReceiverTelemetry.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => Target(o, endpoint, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddMeter(MockTelemetry.MeterName, ReceiverTelemetry.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => Target(o, endpoint, "v1/metrics")));
    }

    private void Target(OtlpExporterOptions options, Uri endpoint, string signalPath)
    {
        options.Protocol = Protocol;
        options.Endpoint = Protocol == OtlpExportProtocol.Grpc ? endpoint : SignalUrl(endpoint, signalPath);
        // Set here because the embedded hosts read no configuration, so the exporter would not see the variable.
        if (Headers is { Length: > 0 })
            options.Headers = Headers;
    }

    /// <summary>The HTTP/protobuf URL of one signal under a base endpoint, e.g. <c>http://127.0.0.1:4318/v1/traces</c>.</summary>
    internal static Uri SignalUrl(Uri endpoint, string signalPath) =>
        new(endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/"), signalPath);
}
