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
