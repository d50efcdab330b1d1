namespace SmsCx.Load.Simulations;

/// <summary>
/// Closed model: <see cref="Copies"/> callers each start the next call as soon as the previous one answered. Latency
/// is measured from the actual start, so a stalled target also stalls the callers and hides the stall from the
/// percentiles (coordinated omission); use it to model a fixed pool of clients, not arrival rates.
/// </summary>
public sealed class ConstantConcurrency : LoadSimulation
{
    /// <summary>Creates the simulation; throws <see cref="ArgumentOutOfRangeException"/> unless copies and duration are positive.</summary>
    /// <param name="copies">Concurrent callers.</param>
    /// <param name="duration">Measured phase length.</param>
    public ConstantConcurrency(int copies, TimeSpan duration)
        : base(duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(copies);
        Copies = copies;
    }

    /// <summary>Concurrent callers.</summary>
    public int Copies { get; }

    /// <inheritdoc/>
    public override LoadSimulation WithDuration(TimeSpan duration) => new ConstantConcurrency(Copies, duration) { WarmUp = WarmUp };

    /// <inheritdoc/>
    public override string Describe() => FormattableString.Invariant($"{Copies} concurrent callers for {Seconds(Duration)}{WarmUpText()}");
}
