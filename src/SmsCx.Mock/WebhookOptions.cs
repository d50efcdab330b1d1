using SmsCx.Mock.Webhooks;

namespace SmsCx.Mock;

/// <summary>
/// How the mock delivers webhooks. The real retry policy and batching window are not documented; the defaults
/// are the harness's MOCK CHOICE (reference §10.1).
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>How long items of one endpoint and event are collected before a request is sent. Default 1 s.</summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most items in one request, 1 to 200. Default 200.</summary>
    public int MaxBatchSize { get; set; } = 200;

    /// <summary>
    /// Waits before each retry of a failed request; the first attempt plus one retry per entry.
    /// Default 10 s, 1 min, 5 min, 30 min, 2 h (six attempts in all).
    /// </summary>
    public List<TimeSpan> RetryDelays { get; set; } =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
    ];

    /// <summary>Time a receiver has to answer one request before it counts as failed. Default 10 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most requests in flight to one endpoint at once. Default 256.</summary>
    public int MaxConcurrencyPerEndpoint { get; set; } = 256;

    /// <summary>Most journal entries kept; the oldest are dropped first. Default 10,000.</summary>
    public int MaxJournalEntries { get; set; } = 10_000;

    /// <summary>Most characters of a request body kept per journal entry. Default 64 KiB.</summary>
    public int MaxJournaledBodyChars { get; set; } = 64 * 1024;

    /// <summary>
    /// Secret for Standard Webhooks signatures (<c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature:
    /// v1,BASE64</c> of HMAC-SHA256 over <c>id.timestamp.body</c>). A value starting with <c>whsec_</c> is read as
    /// base64 after the prefix, anything else as UTF-8 bytes. Unset (default): unsigned, like the real service.
    /// Never logged.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>Deliberate faults for hardening receivers; all off by default.</summary>
    public ChaosOptions Chaos { get; set; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (BatchWindow < TimeSpan.Zero)
            throw new ArgumentException("Webhooks.BatchWindow must not be negative.");
        if (MaxBatchSize is < 1 or > 200)
            throw new ArgumentException("Webhooks.MaxBatchSize must be between 1 and 200.");
        if (RetryDelays.Any(d => d < TimeSpan.Zero))
            throw new ArgumentException("Webhooks.RetryDelays must not be negative.");
        if (Timeout <= TimeSpan.Zero)
            throw new ArgumentException("Webhooks.Timeout must be positive.");
        if (MaxConcurrencyPerEndpoint < 1 || MaxJournalEntries < 1 || MaxJournaledBodyChars < 0)
            throw new ArgumentException("Webhooks concurrency and journal bounds must be positive.");
        if (SigningSecret is { Length: 0 })
            throw new ArgumentException("Webhooks.SigningSecret must not be empty; leave it unset to send unsigned.");
        _ = WebhookSigner.KeyOf(SigningSecret);
        Chaos.Validate();
    }
}
