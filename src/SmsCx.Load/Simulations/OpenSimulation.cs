namespace SmsCx.Load.Simulations;

/// <summary>
/// An open-model simulation: calls start on a fixed schedule whether or not earlier calls have answered, so a slow
/// target builds up calls in flight instead of slowing the sender down. Latency is measured from each call's
/// intended start on this schedule.
/// </summary>
public abstract class OpenSimulation : LoadSimulation
{
    /// <summary>Creates an open simulation lasting <paramref name="duration"/> after the warm-up.</summary>
    private protected OpenSimulation(TimeSpan duration)
        : base(duration)
    {
    }

    /// <summary>Mean calls per second the measured phase asks for.</summary>
    public abstract double TargetRate { get; }

    /// <summary>
    /// When call number <paramref name="index"/> (0-based, warm-up calls first) is meant to start, as an offset from
    /// the start of the warm-up; <see langword="null"/> when it falls at or beyond <see cref="LoadSimulation.Total"/>.
    /// Offsets never decrease with the index.
    /// </summary>
    public abstract TimeSpan? IntendedOffset(long index);
}
