namespace SmsCx.Cli.Firehose;

/// <summary>What <c>smscx firehose</c> was asked to do.</summary>
/// <param name="Target">The receiver's webhook URL.</param>
/// <param name="EventsPerSecond">Target rate of webhook events (each message yields SENT and DELIVERED).</param>
/// <param name="Duration">How long messages are produced.</param>
/// <param name="BatchWindow">The dispatcher's batch window.</param>
/// <param name="DrainTimeout">How long to wait, after producing, for every event to be delivered.</param>
/// <param name="Observability">Log format and OTLP export of the mock; default simple logs and no export.</param>
public sealed record FirehoseSettings(
    Uri Target, double EventsPerSecond, TimeSpan Duration, TimeSpan BatchWindow, TimeSpan DrainTimeout,
    Telemetry.Observability? Observability = null);
