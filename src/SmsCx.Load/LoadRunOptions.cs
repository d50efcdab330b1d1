namespace SmsCx.Load;

/// <summary>Settings of a run that apply to every scenario.</summary>
public sealed class LoadRunOptions
{
    private int _maxInFlight = 10_000;

    /// <summary>The clock used for pacing and latency; <see cref="TimeProvider.System"/> by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Called about once a second (on <see cref="TimeProvider"/>) with the run's progress, for a live view;
    /// <see langword="null"/> (default) reports nothing. Called from a background task; keep it quick.
    /// </summary>
    public Action<LoadProgress>? Progress { get; init; }

    /// <summary>
    /// Most calls of one open-model scenario in flight at once (default 10,000). When reached, the next call waits
    /// for a free slot, its latency still counts from its intended start, and the run reports the limit was hit.
    /// </summary>
    public int MaxInFlight
    {
        get => _maxInFlight;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _maxInFlight = value;
        }
    }
}
