using SmsCx.Load.Simulations;
using SmsCx.Load.Stats;

namespace SmsCx.Load.Engine;

/// <summary>
/// Runs a fixed number of callers, each starting its next call when the previous one answered; latency is measured
/// from the actual start (the closed model has no schedule to measure from).
/// </summary>
internal sealed class ClosedModelDriver(LoadScenario scenario, ConstantConcurrency simulation, LoadRunOptions options, ScenarioRecorder recorder)
{
    private readonly TimeProvider _time = options.TimeProvider;

    public Task RunAsync(CancellationToken ct)
    {
        var start = _time.GetTimestamp();
        return Task.WhenAll(Enumerable.Range(0, simulation.Copies).Select(_ => Task.Run(() => CallerAsync(start, ct), ct)));
    }

    private async Task CallerAsync(long start, CancellationToken ct)
    {
        while (_time.GetElapsedTime(start) is var now && now < simulation.Total)
        {
            ct.ThrowIfCancellationRequested();
            var callStart = _time.GetTimestamp();
            var result = await StepInvoker.InvokeAsync(scenario.Step, ct);
            var measured = now - simulation.WarmUp;
            if (measured >= TimeSpan.Zero && result is { } outcome)
            {
                recorder.Started(measured, TimeSpan.Zero);
                recorder.Record(measured, _time.GetElapsedTime(callStart), outcome);
            }
        }
    }
}
