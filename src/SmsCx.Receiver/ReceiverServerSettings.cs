using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SmsCx.Receiver;

/// <summary>How <see cref="ReceiverServer"/> listens, logs and what else its host runs.</summary>
public sealed class ReceiverServerSettings
{
    /// <summary>Port on 127.0.0.1; 0 (default) picks a free one, read back from <see cref="ReceiverServer.Url"/>.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Configures logging after the defaults (console, Warning and above) and may replace them;
    /// <see langword="null"/> keeps the defaults.
    /// </summary>
    public Action<ILoggingBuilder>? Logging { get; set; }

    /// <summary>
    /// Extra services registered after the receiver's, e.g. an OpenTelemetry tracer provider or an
    /// <c>IReceiverSideEffect</c>; <see langword="null"/> adds none.
    /// </summary>
    public Action<IServiceCollection>? Services { get; set; }
}
