namespace SmsCx.Cli.Commands;

/// <summary>What <c>smscx run</c> was asked to do.</summary>
/// <param name="Paths">Scenario files and folders.</param>
/// <param name="ReceiverUrl">An app to test instead of the in-process reference receiver, or <see langword="null"/>.</param>
/// <param name="WebhookUrl">Where the mock posts webhooks when <paramref name="ReceiverUrl"/> is given; default its <c>/webhooks/smscx</c>.</param>
/// <param name="ReportPath">Markdown report file to write, or <see langword="null"/>.</param>
/// <param name="Seed">Seed of the mock, or <see langword="null"/> for a random one.</param>
/// <param name="MockPort">Port of the mock (0 = free port); fix it when an external app must be configured with it.</param>
/// <param name="Verbose">Show the mock's and receiver's logs.</param>
/// <param name="Observability">Log format and OTLP export; default simple logs and no export.</param>
public sealed record RunSettings(
    IReadOnlyList<string> Paths,
    Uri? ReceiverUrl = null,
    Uri? WebhookUrl = null,
    string? ReportPath = null,
    int? Seed = null,
    int MockPort = 0,
    bool Verbose = false,
    Telemetry.Observability? Observability = null);
