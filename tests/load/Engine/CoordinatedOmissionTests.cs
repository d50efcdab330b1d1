using SmsCx.Load.Http;
using SmsCx.Load.Simulations;

namespace SmsCx.Load.Tests.Engine;

/// <summary>
/// A target that pauses 1 s once during a 3.5 s run. An open-model run measures from each call's intended start, so
/// the ~100 calls meant to start during the pause carry up to 1 s of waiting and p99 shows the stall; a closed-loop
/// caller just stops sending while it waits, so only one slow call is recorded and p99 hides the stall.
/// </summary>
public class CoordinatedOmissionTests
{
    private static readonly TimeSpan s_stall = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_duration = TimeSpan.FromSeconds(3.5);

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_ConstantRateAgainstStallingTarget_StallShowsInP99(CancellationToken ct)
    {
        await using var target = await StallingEndpoint.StartAsync(TimeSpan.FromSeconds(1), s_stall, ct);

        var stats = await RunAsync(target, new ConstantRate(100, s_duration), ct);

        Assert.Multiple(() =>
        {
            Assert.That(stats.Errors, Is.Zero);
            Assert.That(stats.Requests, Is.EqualTo(350));
            Assert.That(stats.Latency.P99Ms, Is.GreaterThanOrEqualTo(500));
            Assert.That(stats.Latency.MaxMs, Is.GreaterThanOrEqualTo(900));
            Assert.That(stats.Seconds.Max(s => s.P99Ms), Is.GreaterThanOrEqualTo(500));
            Assert.That(stats.AchievedRate, Is.EqualTo(100).Within(1).Percent);
            Assert.That(stats.Warnings, Is.Empty);
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_ClosedLoopAgainstStallingTarget_StallHiddenFromP99(CancellationToken ct)
    {
        await using var target = await StallingEndpoint.StartAsync(TimeSpan.FromSeconds(1), s_stall, ct);

        var stats = await RunAsync(target, new ConstantConcurrency(1, s_duration), ct);

        // The naive measurement: one call saw the whole pause, yet p99 stays small.
        Assert.Multiple(() =>
        {
            Assert.That(stats.Latency.MaxMs, Is.GreaterThanOrEqualTo(900));
            Assert.That(stats.Latency.P99Ms, Is.LessThan(100));
        });
    }

    private static async Task<Stats.ScenarioStats> RunAsync(StallingEndpoint target, LoadSimulation simulation, CancellationToken ct)
    {
        using var client = HttpStep.CreateClient(TimeSpan.FromSeconds(10));
        var step = HttpStep.Create(client, target.Url, new HttpRequestSpec("POST", "/hook", "{}", new Dictionary<string, string>()));

        var result = await LoadRunner.RunAsync([new LoadScenario("stall", step, simulation)], ct: ct);

        return result.Scenarios[0];
    }
}
