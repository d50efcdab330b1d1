namespace SmsCx.Mock.Api;

/// <summary>
/// Fixed-window request counter per credential (MOCK CHOICE: the real limits are not documented).
/// Thread-safe; time from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class FixedWindowLimiter
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Window, int Count)> _counters = new(StringComparer.Ordinal);
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;

    /// <summary>Creates a limiter with windows of <paramref name="window"/>.</summary>
    public FixedWindowLimiter(TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _window = window;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Counts one request of <paramref name="credential"/> and says whether it is within <paramref name="limit"/>.</summary>
    public RateDecision Take(string credential, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var now = _time.GetUtcNow();
        var window = now.Ticks / _window.Ticks;
        int count;
        lock (_gate)
        {
            var current = _counters.GetValueOrDefault(credential);
            count = current.Window == window ? current.Count + 1 : 1;
            _counters[credential] = (window, count);
        }

        var reset = new DateTimeOffset((window + 1) * _window.Ticks, TimeSpan.Zero);
        return new RateDecision(count <= limit, limit, Math.Max(0, limit - count), reset.ToUnixTimeSeconds());
    }
}

/// <summary>Outcome of counting one request.</summary>
/// <param name="Allowed">False when the request is over the limit.</param>
/// <param name="Limit">Requests allowed per window (<c>X-Rate-Limit-Limit</c>).</param>
/// <param name="Remaining">Requests left in the window (<c>X-Rate-Limit-Remaining</c>).</param>
/// <param name="ResetUnixSeconds">When the window resets (<c>X-Rate-Limit-Reset</c>).</param>
public sealed record RateDecision(bool Allowed, int Limit, int Remaining, long ResetUnixSeconds);
