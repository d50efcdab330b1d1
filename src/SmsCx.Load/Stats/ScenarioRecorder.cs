using HdrHistogram;

namespace SmsCx.Load.Stats;

/// <summary>
/// Collects the measured calls of one scenario. Thread-safe: calls finish on many threads, and one lock is cheap
/// next to an HTTP round trip.
/// </summary>
internal sealed class ScenarioRecorder
{
    // One hour in microseconds: anything slower is recorded as one hour.
    private const long HighestMicroseconds = 3_600_000_000;

    private readonly object _gate = new();
    private readonly LongHistogram _all = NewHistogram();
    private readonly Dictionary<int, SecondBucket> _seconds = [];
    private readonly SortedDictionary<int, long> _statusCodes = [];
    private long _requests;
    private long _errors;

    /// <summary>Requests and errors recorded so far (measured phase only), read for live progress.</summary>
    public (long Requests, long Errors) Counts
    {
        get
        {
            lock (_gate)
                return (_requests, _errors);
        }
    }
    private long _inFlightHits;
    private TimeSpan _lastStart;
    private TimeSpan _maxLag;

    /// <summary>Records a measured call that was meant to start at <paramref name="intended"/> into the measured phase.</summary>
    public void Record(TimeSpan intended, TimeSpan latency, StepResult result)
    {
        var micros = Math.Clamp((long)latency.TotalMicroseconds, 0, HighestMicroseconds);
        var second = (int)Math.Max(0, intended.TotalSeconds);
        lock (_gate)
        {
            _all.RecordValue(micros);
            if (!_seconds.TryGetValue(second, out var bucket))
                _seconds[second] = bucket = new SecondBucket(NewHistogram());

            bucket.Histogram.RecordValue(micros);
            _requests++;
            _statusCodes[result.StatusCode] = _statusCodes.GetValueOrDefault(result.StatusCode) + 1;
            if (!result.IsSuccess)
            {
                _errors++;
                bucket.Errors++;
            }
        }
    }

    /// <summary>Notes that a measured call started at <paramref name="actual"/>, <paramref name="lag"/> after its intended time.</summary>
    public void Started(TimeSpan actual, TimeSpan lag)
    {
        lock (_gate)
        {
            _lastStart = actual > _lastStart ? actual : _lastStart;
            _maxLag = lag > _maxLag ? lag : _maxLag;
        }
    }

    /// <summary>Notes that a call waited for the max-in-flight limit.</summary>
    public void InFlightLimitHit() => Interlocked.Increment(ref _inFlightHits);

    /// <summary>The statistics so far; warnings are added by the caller that knows the targets.</summary>
    public ScenarioStats Snapshot(string name, string simulation, TimeSpan duration, double? targetRate, int maxInFlight)
    {
        lock (_gate)
        {
            var window = Math.Max(duration.TotalSeconds, _lastStart.TotalSeconds);
            var achieved = _requests / window;
            return new ScenarioStats(name, simulation, _all.Copy())
            {
                Requests = _requests,
                Errors = _errors,
                TargetRate = targetRate,
                AchievedRate = Math.Round(achieved, 2),
                MaxInFlightHits = _inFlightHits,
                MaxSendLagMs = Math.Round(_maxLag.TotalMilliseconds, 3),
                StatusCodes = new SortedDictionary<int, long>(_statusCodes),
                Seconds = [.. _seconds.OrderBy(s => s.Key).Select(s => s.Value.ToStats(s.Key))],
                Warnings = RunWarnings.For(targetRate, achieved, _inFlightHits, maxInFlight),
            };
        }
    }

    private static LongHistogram NewHistogram() => new(HighestMicroseconds, 3);

    private sealed class SecondBucket(LongHistogram histogram)
    {
        public LongHistogram Histogram { get; } = histogram;

        public long Errors { get; set; }

        public SecondStats ToStats(int second) => new(
            second, Histogram.TotalCount, Errors,
            ScenarioStats.ToMs(Histogram.GetValueAtPercentile(50)), ScenarioStats.ToMs(Histogram.GetValueAtPercentile(99)));
    }
}
