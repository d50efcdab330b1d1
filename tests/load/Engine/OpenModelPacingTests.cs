using Microsoft.Extensions.Time.Testing;
using SmsCx.Load.Simulations;

namespace SmsCx.Load.Tests.Engine;

/// <summary>
/// The open model on a fake clock: ten calls at 10/s against a step that answers only when released, so every
/// latency is known exactly.
/// </summary>
public class OpenModelPacingTests
{
    [Test]
    [CancelAfter(10_000)]
    public async Task RunAsync_TargetNeverAnswersDuringRun_CallsStillStartOnScheduleAndLatencyCountsFromIntendedStart(CancellationToken ct)
    {
        var time = new FakeTimeProvider();
        var target = new BlockedTarget();
        var run = LoadRunner.RunAsync([target.Scenario(new ConstantRate(10, TimeSpan.FromSeconds(1)))], new LoadRunOptions { TimeProvider = time }, ct);

        for (var i = 1; i <= 10; i++)
        {
            await WaitUntilAsync(() => target.Started == i, ct);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        time.Advance(TimeSpan.FromSeconds(1));
        target.Release();
        var stats = (await run).Scenarios[0];

        // Call i was meant to start at 0.1*i s and answered at 2.0 s.
        Assert.Multiple(() =>
        {
            Assert.That(stats.Requests, Is.EqualTo(10));
            Assert.That(stats.Latency.MaxMs, Is.EqualTo(2000).Within(0.1).Percent);
            Assert.That(stats.LatencyAt(0), Is.EqualTo(1100).Within(0.1).Percent);
            Assert.That(stats.MaxSendLagMs, Is.Zero);
            Assert.That(stats.AchievedRate, Is.EqualTo(10));
            Assert.That(stats.Warnings, Is.Empty);
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task RunAsync_MaxInFlightReached_CallsWaitAndRunReportsLimitAndMissedRate(CancellationToken ct)
    {
        var time = new FakeTimeProvider();
        var target = new BlockedTarget();
        var options = new LoadRunOptions { TimeProvider = time, MaxInFlight = 3 };
        var run = LoadRunner.RunAsync([target.Scenario(new ConstantRate(10, TimeSpan.FromSeconds(1)))], options, ct);

        for (var i = 1; i <= 3; i++)
        {
            await WaitUntilAsync(() => target.Started == i, ct);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        time.Advance(TimeSpan.FromMilliseconds(1700));
        target.Release();
        var stats = (await run).Scenarios[0];

        // Calls 3-9 could start only at 2.0 s, when slots freed; their latency still counts from 0.3-0.9 s.
        Assert.Multiple(() =>
        {
            Assert.That(target.Started, Is.EqualTo(10));
            Assert.That(stats.Requests, Is.EqualTo(10));
            Assert.That(stats.MaxInFlightHits, Is.InRange(1, 7), "once per call that found no free slot");
            Assert.That(stats.LatencyAt(0), Is.EqualTo(1100).Within(0.1).Percent);
            Assert.That(stats.Latency.MaxMs, Is.EqualTo(2000).Within(0.1).Percent);
            Assert.That(stats.AchievedRate, Is.EqualTo(5));
            Assert.That(stats.Warnings, Has.Some.Contains("max in-flight limit 3 was hit"));
            Assert.That(stats.Warnings, Has.Some.Contains("achieved rate 5/s is 50% below the target 10/s"));
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task RunAsync_CancelledMidRun_ThrowsAfterCallsInFlightEnded(CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var inFlight = 0;
        var scenario = new LoadScenario("slow", async token =>
        {
            Interlocked.Increment(ref inFlight);
            try
            {
                await Task.Delay(Timeout.Infinite, token);
                return StepResult.Ok();
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }, new ConstantRate(100, TimeSpan.FromSeconds(30)));

        stop.CancelAfter(TimeSpan.FromMilliseconds(300));

        Assert.That(async () => await LoadRunner.RunAsync([scenario], ct: stop.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Volatile.Read(ref inFlight), Is.Zero);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken ct)
    {
        while (!condition())
            await Task.Delay(2, ct);
    }

    /// <summary>A step whose calls all hang until <see cref="Release"/>; later calls answer at once.</summary>
    private sealed class BlockedTarget
    {
        private readonly TaskCompletionSource<StepResult> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;

        public int Started => Volatile.Read(ref _started);

        public LoadScenario Scenario(LoadSimulation simulation) => new("blocked", _ =>
        {
            Interlocked.Increment(ref _started);
            return _answer.Task;
        }, simulation);

        public void Release() => _answer.SetResult(StepResult.Ok());
    }
}
