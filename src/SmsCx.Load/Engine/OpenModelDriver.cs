using SmsCx.Load.Simulations;
using SmsCx.Load.Stats;

namespace SmsCx.Load.Engine;

/// <summary>
/// Starts calls on the simulation's fixed schedule without waiting for earlier ones, and measures each call's
/// latency from its intended start, so time spent queued behind a stalled target (or a late sender) is counted
/// rather than omitted.
/// </summary>
internal sealed class OpenModelDriver(LoadScenario scenario, OpenSimulation simulation, LoadRunOptions options, ScenarioRecorder recorder)
    : IDisposable
{
    private readonly TimeProvider _time = options.TimeProvider;
    private readonly SemaphoreSlim _slots = new(options.MaxInFlight, options.MaxInFlight);

    public async Task RunAsync(CancellationToken ct)
    {
        var start = _time.GetTimestamp();
        try
        {
            for (long index = 0; simulation.IntendedOffset(index) is { } offset; index++)
            {
                await WaitUntilAsync(start, offset, ct);

                if (!_slots.Wait(0, CancellationToken.None))
                {
                    recorder.InFlightLimitHit();
                    await _slots.WaitAsync(ct);
                }

                var measured = offset - simulation.WarmUp;
                if (measured >= TimeSpan.Zero)
                {
                    var actual = _time.GetElapsedTime(start);
                    recorder.Started(actual - simulation.WarmUp, actual - offset);
                }

                // Not awaited: the schedule must not wait for answers. CallAsync never throws and frees its slot,
                // and DrainAsync below waits for every slot, so no call outlives the run.
                _ = Task.Run(() => CallAsync(start, offset, measured, ct), CancellationToken.None);
            }
        }
        finally
        {
            // Also after cancellation: calls in flight see the cancelled token and end, and none may outlive the
            // run (or release a disposed semaphore).
            await DrainAsync();
        }
    }

    // Timers run on a millisecond clock and may fire up to a tick early; a call must never start before its
    // intended time (its latency would shrink), so wait again until the high-resolution clock agrees.
    private async Task WaitUntilAsync(long start, TimeSpan offset, CancellationToken ct)
    {
        while (offset - _time.GetElapsedTime(start) is var wait && wait > TimeSpan.Zero)
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), _time, ct);
    }

    private async Task CallAsync(long start, TimeSpan offset, TimeSpan measured, CancellationToken ct)
    {
        try
        {
            var result = await StepInvoker.InvokeAsync(scenario.Step, ct);
            var latency = _time.GetElapsedTime(start) - offset;
            if (measured >= TimeSpan.Zero && result is { } outcome)
                recorder.Record(measured, latency, outcome);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task DrainAsync()
    {
        for (var i = 0; i < options.MaxInFlight; i++)
            await _slots.WaitAsync(CancellationToken.None);

        _slots.Release(options.MaxInFlight);
    }

    public void Dispose() => _slots.Dispose();
}
