using SmsCx.Load.Stats;
using SmsCx.Load.Thresholds;

namespace SmsCx.Load.Tests.Engine;

public class ThresholdTests
{
    [TestCase("p99 < 50ms", ThresholdMetric.Percentile, 99, "<", 50)]
    [TestCase("p99.9<=1s", ThresholdMetric.Percentile, 99.9, "<=", 1000)]
    [TestCase(" P50 < 500us ", ThresholdMetric.Percentile, 50, "<", 0.5)]
    [TestCase("max < 2s", ThresholdMetric.Max, 0, "<", 2000)]
    [TestCase("mean < 10ms", ThresholdMetric.Mean, 0, "<", 10)]
    [TestCase("errors < 0.1%", ThresholdMetric.ErrorPercent, 0, "<", 0.1)]
    [TestCase("errors == 0", ThresholdMetric.ErrorCount, 0, "==", 0)]
    [TestCase("rps > 100", ThresholdMetric.Rps, 0, ">", 100)]
    public void Parse_ValidText_ReadsMetricComparisonAndLimit(
        string text, ThresholdMetric metric, double percentile, string comparison, double limit)
    {
        var threshold = Threshold.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(threshold.Metric, Is.EqualTo(metric));
            Assert.That(threshold.Percentile, Is.EqualTo(percentile));
            Assert.That(threshold.Comparison, Is.EqualTo(comparison));
            Assert.That(threshold.Limit, Is.EqualTo(limit).Within(1e-9));
            Assert.That(threshold.Text, Is.EqualTo(text.Trim()));
        });
    }

    [TestCase("p99 < 50", "latencies need a unit")]
    [TestCase("errors < 5ms", "errors take '%'")]
    [TestCase("rps > 100ms", "rps takes no unit")]
    [TestCase("p0 < 5ms", "percentile")]
    [TestCase("p101 < 5ms", "percentile")]
    [TestCase("errors < 101%", "at most 100%")]
    [TestCase("latency is low", "is not a threshold")]
    [TestCase("", "is not a threshold")]
    public void Parse_InvalidText_ThrowsFormatExceptionSayingWhy(string text, string reason)
    {
        Assert.That(() => Threshold.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains(reason));
    }

    [Test]
    public void Evaluate_LatencyAboveLimit_FailsNamingThresholdAndMeasuredValue()
    {
        var stats = StatsWith(latenciesMs: [10, 20, 80], failures: 0);

        var result = Threshold.Parse("p99 < 50ms").Evaluate(stats);

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Measured, Is.EqualTo(80).Within(0.1));
            Assert.That(result.Message, Does.Contain("'p99 < 50ms' FAILED").And.Contain("p99 = 80"));
        });
    }

    [Test]
    public void Evaluate_ErrorRate_ComparesPercentOfCalls()
    {
        var stats = StatsWith(latenciesMs: [1, 1, 1, 1], failures: 1);

        Assert.Multiple(() =>
        {
            Assert.That(Threshold.Parse("errors < 30%").Evaluate(stats).Passed, Is.True);
            Assert.That(Threshold.Parse("errors < 25%").Evaluate(stats).Passed, Is.False);
            Assert.That(Threshold.Parse("errors == 1").Evaluate(stats).Passed, Is.True);
        });
    }

    [Test]
    public void Evaluate_RpsBelowTarget_Fails()
    {
        var stats = StatsWith(latenciesMs: [1, 1, 1, 1], failures: 0);

        var result = Threshold.Parse("rps > 10").Evaluate(stats);

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Measured, Is.EqualTo(4));
        });
    }

    // Calls spread over a 1 s measured phase, the first `failures` of them failed.
    private static ScenarioStats StatsWith(double[] latenciesMs, int failures)
    {
        var recorder = new ScenarioRecorder();
        for (var i = 0; i < latenciesMs.Length; i++)
        {
            var result = i < failures ? StepResult.Fail(500) : StepResult.Ok();
            recorder.Record(TimeSpan.FromMilliseconds(100 * i), TimeSpan.FromMilliseconds(latenciesMs[i]), result);
        }

        return recorder.Snapshot("s", "test", TimeSpan.FromSeconds(1), targetRate: null, maxInFlight: 1);
    }
}
