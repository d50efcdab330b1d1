using SmsCx.Load.Engine;
using SmsCx.Load.Http;
using SmsCx.Load.Profiles;
using SmsCx.Load.Simulations;
using SmsCx.Load.Stats;
using SmsCx.Load.Thresholds;

namespace SmsCx.Load;

/// <summary>Runs scenarios side by side and checks their thresholds.</summary>
public static class LoadRunner
{
    /// <summary>
    /// Runs every scenario concurrently until its simulation ends and its calls in flight have answered, then
    /// evaluates each scenario's thresholds. Throws <see cref="ArgumentException"/> for no scenarios or duplicate
    /// names, and <see cref="OperationCanceledException"/> when <paramref name="ct"/> is cancelled.
    /// </summary>
    public static async Task<LoadRunResult> RunAsync(
        IReadOnlyList<LoadScenario> scenarios, LoadRunOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Count == 0)
            throw new ArgumentException("A run needs at least one scenario.", nameof(scenarios));
        if (scenarios.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new ArgumentException($"Scenario name '{duplicate.Key}' is used twice.", nameof(scenarios));

        options ??= new LoadRunOptions();
        var startedAt = options.TimeProvider.GetUtcNow();
        var start = options.TimeProvider.GetTimestamp();
        var recorders = scenarios.Select(_ => new ScenarioRecorder()).ToArray();
        using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var progress = ReportProgressAsync(scenarios, recorders, options, start, stopProgress.Token);
        try
        {
            await Task.WhenAll(scenarios.Select((s, i) => DriveAsync(s, options, recorders[i], ct)));
        }
        finally
        {
            await stopProgress.CancelAsync();
            await progress;
        }

        var stats = scenarios.Select((s, i) => Snapshot(s, recorders[i], options)).ToArray();
        var verdicts = scenarios.SelectMany((s, i) => s.Thresholds.Select(t => t.Evaluate(stats[i]))).ToArray();
        return new LoadRunResult(startedAt, options.TimeProvider.GetElapsedTime(start), stats, verdicts);
    }

    /// <summary>
    /// Runs a profile: one HTTP client for all its scenarios (no per-server connection limit, the profile's timeout),
    /// each scenario sending its request to the profile's target. Threshold failures are in the result, not thrown.
    /// <paramref name="progress"/>, when given, receives a live snapshot about once a second.
    /// </summary>
    public static async Task<LoadRunResult> RunAsync(
        LoadProfile profile, TimeProvider? timeProvider = null, Action<LoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        using var client = HttpStep.CreateClient(profile.Timeout);
        var scenarios = profile.Scenarios.Select(s =>
            new LoadScenario(s.Name, HttpStep.Create(client, profile.Target, s.Request), s.Simulation) { Thresholds = s.Thresholds }).ToArray();
        var options = new LoadRunOptions
        {
            TimeProvider = timeProvider ?? TimeProvider.System, MaxInFlight = profile.MaxInFlight, Progress = progress,
        };
        return await RunAsync(scenarios, options, ct);
    }

    private static async Task ReportProgressAsync(
        IReadOnlyList<LoadScenario> scenarios, ScenarioRecorder[] recorders, LoadRunOptions options, long start, CancellationToken ct)
    {
        if (options.Progress is not { } report)
            return;
        var planned = scenarios.Max(s => s.Simulation.Total);
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), options.TimeProvider, ct);
                var counts = scenarios.Select((s, i) => (s.Name, recorders[i].Counts.Requests, recorders[i].Counts.Errors)).ToList();
                report(new LoadProgress(options.TimeProvider.GetElapsedTime(start), planned, counts));
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended (or was cancelled): progress stops with it.
        }
    }

    private static async Task DriveAsync(LoadScenario scenario, LoadRunOptions options, ScenarioRecorder recorder, CancellationToken ct)
    {
        switch (scenario.Simulation)
        {
            case OpenSimulation open:
                using (var driver = new OpenModelDriver(scenario, open, options, recorder))
                    await driver.RunAsync(ct);
                break;
            case ConstantConcurrency closed:
                await new ClosedModelDriver(scenario, closed, options, recorder).RunAsync(ct);
                break;
            default:
                throw new NotSupportedException($"Unknown simulation {scenario.Simulation.GetType().Name}.");
        }
    }

    private static ScenarioStats Snapshot(LoadScenario scenario, ScenarioRecorder recorder, LoadRunOptions options)
    {
        var simulation = scenario.Simulation;
        var target = simulation is OpenSimulation open ? open.TargetRate : (double?)null;
        return recorder.Snapshot(scenario.Name, simulation.Describe(), simulation.Duration, target, options.MaxInFlight);
    }
}
