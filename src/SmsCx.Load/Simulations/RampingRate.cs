namespace SmsCx.Load.Simulations;

/// <summary>
/// Open model: the rate changes linearly from <see cref="From"/> to <see cref="To"/> calls per second over the
/// measured phase; the warm-up runs at <see cref="From"/>.
/// </summary>
public sealed class RampingRate : OpenSimulation
{
    /// <summary>Creates the simulation. Throws <see cref="ArgumentOutOfRangeException"/> for a negative rate, two zero
    /// rates, or a non-positive duration.</summary>
    /// <param name="from">Calls per second at the start of the measured phase (and during warm-up).</param>
    /// <param name="to">Calls per second at its end.</param>
    /// <param name="duration">Measured phase length.</param>
    public RampingRate(double from, double to, TimeSpan duration)
        : base(duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(to);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(from + to, 0, nameof(to));
        From = from;
        To = to;
    }

    /// <summary>Calls per second at the start.</summary>
    public double From { get; }

    /// <summary>Calls per second at the end.</summary>
    public double To { get; }

    /// <inheritdoc/>
    public override double TargetRate => (From + To) / 2;

    /// <inheritdoc/>
    public override TimeSpan? IntendedOffset(long index)
    {
        var warmUpCalls = From * WarmUp.TotalSeconds;
        if (index < warmUpCalls)
            return TimeSpan.FromSeconds(index / From);

        var seconds = RampSecondsFor(index - warmUpCalls);
        return seconds < Duration.TotalSeconds ? WarmUp + TimeSpan.FromSeconds(seconds) : null;
    }

    // Calls started by ramp time t are From*t + k*t*t/2 with k the slope; solve that for t at call n.
    private double RampSecondsFor(double n)
    {
        var slope = (To - From) / Duration.TotalSeconds;
        if (Math.Abs(slope) < 1e-12)
            return n / From;

        var discriminant = (From * From) + (2 * slope * n);
        return discriminant < 0 ? double.PositiveInfinity : (Math.Sqrt(discriminant) - From) / slope;
    }

    /// <inheritdoc/>
    public override LoadSimulation WithDuration(TimeSpan duration) => new RampingRate(From, To, duration) { WarmUp = WarmUp };

    /// <inheritdoc/>
    public override string Describe() => FormattableString.Invariant($"ramping rate {From:0.##}/s to {To:0.##}/s over {Seconds(Duration)}{WarmUpText()}");
}
