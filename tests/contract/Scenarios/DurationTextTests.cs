using SmsCx.Contracts.Text;
using SmsCx.Mock.Scenarios;

namespace SmsCx.Contract.Tests.Scenarios;

[TestFixture]
public sealed class DurationTextTests
{
    [TestCase("500ms", 500)]
    [TestCase("1.5s", 1500)]
    [TestCase("2m", 120_000)]
    [TestCase("1h", 3_600_000)]
    public void TryParse_Units_Milliseconds(string text, double expected)
    {
        Assert.That(DurationText.TryParse(text, out var value), Is.True);
        Assert.That(value.TotalMilliseconds, Is.EqualTo(expected));
    }

    [TestCase("99999999999999h")]
    [TestCase("soon")]
    [TestCase("-5s")]
    [TestCase("")]
    public void TryParse_HugeOrMalformed_FalseNotOverflow(string text)
    {
        // Regression: a huge value overflowed TimeSpan and threw instead of being refused.
        Assert.That(DurationText.TryParse(text, out _), Is.False);
    }

    [Test]
    public void Parse_HugeWaitInScenario_FormatError()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse("huge.yaml", "name: x\nsteps:\n  - wait: 99999999999h\n"));

        Assert.That(error!.Line, Is.EqualTo(3));
    }
}
