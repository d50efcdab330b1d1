namespace SmsCx.Load.Simulations;

/// <summary>Open model: <see cref="Rate"/> calls per second, evenly spaced, through warm-up and measured phase.</summary>
public sealed class ConstantRate : OpenSimulation
{
    /// <summary>Creates the simulation; throws <see cref="ArgumentOutOfRangeException"/> unless rate and duration are positive.</summary>
    /// <param name="rate">Calls per second.</param>
    /// <param name="duration">Measured phase length.</param>
    public ConstantRate(double rate, TimeSpan duration)
        : base(duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rate, 0);
        Rate = rate;
    }

    /// <summary>Calls per second.</summary>
    public double Rate { get; }

    /// <inheritdoc/>
    public override double TargetRate => Rate;

    /// <inheritdoc/>
    public override TimeSpan? IntendedOffset(long index)
    {
        var seconds = index / Rate;
        return seconds < Total.TotalSeconds ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <inheritdoc/>
    public override LoadSimulation WithDuration(TimeSpan duration) => new ConstantRate(Rate, duration) { WarmUp = WarmUp };

    /// <inheritdoc/>
    public override string Describe() => FormattableString.Invariant($"constant rate {Rate:0.##}/s for {Seconds(Duration)}{WarmUpText()}");
}
