using SmsCx.Load.Simulations;

namespace SmsCx.Load.Tests.Engine;

public class SimulationScheduleTests
{
    [Test]
    public void IntendedOffset_ConstantRate_EvenlySpacedUntilDuration()
    {
        var simulation = new ConstantRate(100, TimeSpan.FromSeconds(1));

        Assert.Multiple(() =>
        {
            Assert.That(simulation.IntendedOffset(0), Is.EqualTo(TimeSpan.Zero));
            Assert.That(simulation.IntendedOffset(1), Is.EqualTo(TimeSpan.FromMilliseconds(10)));
            Assert.That(simulation.IntendedOffset(99), Is.EqualTo(TimeSpan.FromMilliseconds(990)));
            Assert.That(simulation.IntendedOffset(100), Is.Null);
            Assert.That(CountCalls(simulation), Is.EqualTo(100));
        });
    }

    [Test]
    public void IntendedOffset_ConstantRateWithWarmUp_WarmUpCallsComeFirst()
    {
        var simulation = new ConstantRate(50, TimeSpan.FromSeconds(2)) { WarmUp = TimeSpan.FromSeconds(1) };

        Assert.Multiple(() =>
        {
            Assert.That(CountCalls(simulation), Is.EqualTo(150));
            Assert.That(simulation.IntendedOffset(50), Is.EqualTo(TimeSpan.FromSeconds(1)));
        });
    }

    [Test]
    public void IntendedOffset_RampFromZero_CallsFollowTheLinearRate()
    {
        // From 0 to 100/s over 2 s: 25*t*t calls by time t, 100 in all.
        var simulation = new RampingRate(0, 100, TimeSpan.FromSeconds(2));

        Assert.Multiple(() =>
        {
            Assert.That(CountCalls(simulation), Is.EqualTo(100));
            Assert.That(simulation.IntendedOffset(25)!.Value.TotalSeconds, Is.EqualTo(1).Within(1e-6));
            Assert.That(simulation.TargetRate, Is.EqualTo(50));
        });
    }

    [Test]
    public void IntendedOffset_RampDown_OffsetsNeverDecrease()
    {
        var simulation = new RampingRate(200, 20, TimeSpan.FromSeconds(3)) { WarmUp = TimeSpan.FromMilliseconds(500) };

        var offsets = Offsets(simulation).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(offsets, Is.Ordered);
            Assert.That(offsets.Count, Is.EqualTo(100 + 330).Within(1));
            Assert.That(offsets[^1], Is.LessThan(simulation.Total));
        });
    }

    [Test]
    public void WithDuration_AnySimulation_KeepsRateAndWarmUp()
    {
        var simulation = new ConstantRate(10, TimeSpan.FromSeconds(1)) { WarmUp = TimeSpan.FromSeconds(2) };

        var longer = (ConstantRate)simulation.WithDuration(TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(longer.Rate, Is.EqualTo(10));
            Assert.That(longer.WarmUp, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(longer.Duration, Is.EqualTo(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public void Constructor_NonPositiveRate_Throws()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new ConstantRate(0, TimeSpan.FromSeconds(1)), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new RampingRate(0, 0, TimeSpan.FromSeconds(1)), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new ConstantConcurrency(1, TimeSpan.Zero), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    private static int CountCalls(OpenSimulation simulation) => Offsets(simulation).Count();

    private static IEnumerable<TimeSpan> Offsets(OpenSimulation simulation)
    {
        for (long i = 0; simulation.IntendedOffset(i) is { } offset; i++)
            yield return offset;
    }
}
