using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SmsCx.Contract.Tests.Telemetry;

/// <summary>
/// Listens to the named activity sources and meters for the life of a test and keeps every finished span and
/// every measurement. The listeners are process-wide, so tests that use it must not run beside each other.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public TelemetryCapture(params string[] names)
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => names.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);

        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (names.Contains(instrument.Meter.Name))
                    listener.EnableMeasurementEvents(instrument);
            },
        };
        _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Keep(i, v, tags));
        _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => Keep(i, v, tags));
        _meters.Start();
    }

    public IReadOnlyList<Activity> Spans(string name) => [.. _spans.Where(s => s.OperationName == name)];

    /// <summary>Sum of the values of <paramref name="instrument"/> whose tags include every one of <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Key, object Value)[] tags) =>
        Matching(instrument, tags).Sum(m => m.Value);

    public int Count(string instrument, params (string Key, object Value)[] tags) => Matching(instrument, tags).Count();

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private IEnumerable<Measurement> Matching(string instrument, (string Key, object Value)[] tags) =>
        _measurements.Where(m => m.Instrument == instrument
            && tags.All(t => m.Tags.TryGetValue(t.Key, out var value) && Equals(value, t.Value)));

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var (key, tagValue) in tags)
            copy[key] = tagValue;
        _measurements.Enqueue(new Measurement(instrument.Name, value, copy));
    }

    private sealed record Measurement(string Instrument, double Value, Dictionary<string, object?> Tags);
}
