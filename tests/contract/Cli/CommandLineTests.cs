using SmsCx.Cli.Commands;

namespace SmsCx.Contract.Tests.Cli;

[TestFixture]
public sealed class CommandLineTests
{
    [Test]
    public void Run_ReceiverOptionGivenAsUrl_ParsesToTheUrl()
    {
        // Regression: --receiver and --webhook-url were declared as Uri, which the parser cannot convert, and
        // every run that named another receiver crashed with an unhandled exception.
        var parse = RunCommand.Create().Parse("scenarios --receiver http://127.0.0.1:5091 --webhook-url http://127.0.0.1:5091/hooks?k=1");

        Assert.That(parse.Errors, Is.Empty);
        Assert.That(parse.GetValue<Uri?>("--receiver"), Is.EqualTo(new Uri("http://127.0.0.1:5091")));
        Assert.That(parse.GetValue<Uri?>("--webhook-url")!.Query, Is.EqualTo("?k=1"));
    }

    [TestCase("localhost:1")]
    [TestCase("/relative")]
    [TestCase("ftp://127.0.0.1/")]
    public void Run_ReceiverNotAnHttpUrl_ParseErrorSaysWhatIsExpected(string value)
    {
        var parse = RunCommand.Create().Parse(["scenarios", "--receiver", value]);

        Assert.That(parse.Errors.Select(e => e.Message), Has.One.Contains("absolute http or https URL"));
    }

    [Test]
    public void Mock_WebhookUrlOption_ParsesToTheUrl()
    {
        var parse = MockCommand.Create().Parse("--webhook-url http://127.0.0.1:5000/webhooks/smscx --port 0");

        Assert.That(parse.Errors, Is.Empty);
        Assert.That(parse.GetValue<Uri?>("--webhook-url")!.AbsolutePath, Is.EqualTo("/webhooks/smscx"));
    }
}

[TestFixture]
public sealed class MockCommandLineTests
{
    [Test]
    public void Mock_TimingSigningAndChaosOptions_ReachTheMockOptions()
    {
        var parse = MockCommand.Create().Parse(
            "--retry-delays 10s,1m,5m,30m,2h --webhook-timeout 3s --batch-window 250ms --signing-secret s3cret " +
            "--chaos-duplicate 0.1 --chaos-reorder 0.2 --chaos-jitter 500ms --chaos-split 0.3 --chaos-early-report 0.4 --rate-limit 5");

        var options = MockCommand.OptionsFrom(parse);

        Assert.That(parse.Errors, Is.Empty);
        Assert.That(options.Webhooks.RetryDelays, Is.EqualTo(new[]
        {
            TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        }));
        Assert.That(options.Webhooks.Timeout, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(options.Webhooks.BatchWindow, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
        Assert.That(options.Webhooks.SigningSecret, Is.EqualTo("s3cret"));
        Assert.That((options.Webhooks.Chaos.DuplicateRate, options.Webhooks.Chaos.ReorderRate, options.Webhooks.Chaos.SplitRate,
            options.Webhooks.Chaos.EarlyReportRate), Is.EqualTo((0.1, 0.2, 0.3, 0.4)));
        Assert.That(options.Webhooks.Chaos.MaxJitter, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
        Assert.That(options.RateLimit, Is.EqualTo(5));
    }

    [Test]
    public void Mock_BadRetryDelays_ParseErrorNamesTheBadPart()
    {
        var parse = MockCommand.Create().Parse("--retry-delays 10s,soon");

        Assert.That(parse.Errors.Select(e => e.Message), Has.One.Contains("'soon' is not one"));
    }
}
