namespace SmsCx.Mock;

/// <summary>
/// Faults the dispatcher injects on purpose to harden receivers. Each rate is the chance, 0 to 1, that one
/// batch is affected; choices come from the mock's seed. All off by default.
/// </summary>
public sealed class ChaosOptions
{
    /// <summary>Chance that a batch is delivered twice (same body, same <c>webhook-id</c>).</summary>
    public double DuplicateRate { get; set; }

    /// <summary>Chance that a batch is held back by <see cref="ReorderDelay"/>, so later batches overtake it.</summary>
    public double ReorderRate { get; set; }

    /// <summary>How long a reordered batch is held back. Default 2 s.</summary>
    public TimeSpan ReorderDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Largest random extra delay before a batch's first attempt; zero (default) adds none.</summary>
    public TimeSpan MaxJitter { get; set; }

    /// <summary>Chance that a batch of two or more items is split into two requests at a random point.</summary>
    public double SplitRate { get; set; }

    /// <summary>
    /// Chance that a message's SENT report is delivered before the send's HTTP answer leaves (the answer waits
    /// for the first attempt, at most the webhook timeout).
    /// </summary>
    public double EarlyReportRate { get; set; }

    /// <summary>True when any fault is switched on.</summary>
    public bool Enabled =>
        DuplicateRate > 0 || ReorderRate > 0 || MaxJitter > TimeSpan.Zero || SplitRate > 0 || EarlyReportRate > 0;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        foreach (var (name, rate) in new[]
        {
            ("DuplicateRate", DuplicateRate), ("ReorderRate", ReorderRate), ("SplitRate", SplitRate), ("EarlyReportRate", EarlyReportRate),
        })
        {
            if (rate is < 0 or > 1 || double.IsNaN(rate))
                throw new ArgumentException($"Webhooks.Chaos.{name} must be between 0 and 1.");
        }

        if (ReorderDelay < TimeSpan.Zero || MaxJitter < TimeSpan.Zero)
            throw new ArgumentException("Webhooks.Chaos delays must not be negative.");
    }
}
