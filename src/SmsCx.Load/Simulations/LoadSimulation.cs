namespace SmsCx.Load.Simulations;

/// <summary>
/// How load is applied: a measured phase of <see cref="Duration"/> preceded by a <see cref="WarmUp"/> whose calls run
/// the same way but are left out of every statistic.
/// </summary>
public abstract class LoadSimulation
{
    private readonly TimeSpan _warmUp;

    /// <summary>Creates a simulation; throws <see cref="ArgumentOutOfRangeException"/> unless the duration is positive.</summary>
    private protected LoadSimulation(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        Duration = duration;
    }

    /// <summary>Length of the measured phase (after the warm-up).</summary>
    public TimeSpan Duration { get; }

    /// <summary>Length of the unmeasured phase before <see cref="Duration"/>; zero by default, never negative.</summary>
    public TimeSpan WarmUp
    {
        get => _warmUp;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            _warmUp = value;
        }
    }

    /// <summary>Warm-up plus measured phase.</summary>
    public TimeSpan Total => WarmUp + Duration;

    /// <summary>A copy with another measured <paramref name="duration"/> and the same warm-up.</summary>
    public abstract LoadSimulation WithDuration(TimeSpan duration);

    /// <summary>A short description for reports, e.g. <c>constant rate 100/s for 10 s</c>.</summary>
    public abstract string Describe();

    private protected static string Seconds(TimeSpan value) =>
        value.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";

    private protected string WarmUpText() => WarmUp > TimeSpan.Zero ? $" after {Seconds(WarmUp)} warm-up" : string.Empty;
}
