using System.Collections.Concurrent;
using SmsCx.Load.Simulations;

namespace SmsCx.Load.Tests.Engine;

public class ProgressTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_ProgressGiven_ReportsLiveCountsWhileRunning(CancellationToken ct)
    {
        var snapshots = new ConcurrentQueue<LoadProgress>();
        var scenario = new LoadScenario("quick", _ => Task.FromResult(StepResult.Ok(200)), new ConstantRate(50, TimeSpan.FromSeconds(2.5)));

        var result = await LoadRunner.RunAsync([scenario], new LoadRunOptions { Progress = snapshots.Enqueue }, ct);

        Assert.That(snapshots, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(snapshots.Select(s => s.Scenarios[0].Requests), Is.Ordered);
        Assert.That(snapshots.Last().Scenarios[0].Requests, Is.GreaterThan(0).And.LessThanOrEqualTo(result.Scenarios[0].Requests));
        Assert.That(snapshots.First().Planned, Is.EqualTo(TimeSpan.FromSeconds(2.5)));
    }
}
