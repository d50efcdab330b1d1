using SmsCx.Receiver.Domain;

namespace SmsCx.Contract.Tests.Receiver;

public class ReplyClassifierTests
{
    [TestCase("STOP", ReplyIntent.OptOut)]
    [TestCase("stop", ReplyIntent.OptOut)]
    [TestCase("stop!", ReplyIntent.OptOut)]
    [TestCase("Stop 🙏", ReplyIntent.OptOut)]
    [TestCase("ＳＴＯＰ", ReplyIntent.OptOut)]
    [TestCase("  Stop.  ", ReplyIntent.OptOut)]
    [TestCase("STOP ALL", ReplyIntent.OptOut)]
    [TestCase("stop   all", ReplyIntent.OptOut)]
    [TestCase("StopAll", ReplyIntent.OptOut)]
    [TestCase("Unsubscribe", ReplyIntent.OptOut)]
    [TestCase("end", ReplyIntent.OptOut)]
    [TestCase("QUIT", ReplyIntent.OptOut)]
    [TestCase("opt out", ReplyIntent.OptOut)]
    [TestCase("OPTOUT", ReplyIntent.OptOut)]
    [TestCase("Arret", ReplyIntent.OptOut)]
    [TestCase("Stopp!", ReplyIntent.OptOut)]
    [TestCase("\"stop\"", ReplyIntent.OptOut)]
    [TestCase("YES", ReplyIntent.Yes)]
    [TestCase(" yes. ", ReplyIntent.Yes)]
    [TestCase("Yes!!!", ReplyIntent.Yes)]
    [TestCase("y", ReplyIntent.Yes)]
    [TestCase("Yeah", ReplyIntent.Yes)]
    [TestCase("yep", ReplyIntent.Yes)]
    [TestCase("Yup 👍", ReplyIntent.Yes)]
    [TestCase("ok", ReplyIntent.Yes)]
    [TestCase("Okay", ReplyIntent.Yes)]
    [TestCase("confirm", ReplyIntent.Yes)]
    [TestCase("Confirmed.", ReplyIntent.Yes)]
    [TestCase("Ja", ReplyIntent.Yes)]
    [TestCase("oui", ReplyIntent.Yes)]
    [TestCase("si", ReplyIntent.Yes)]
    [TestCase("Sí", ReplyIntent.Yes)]
    [TestCase("ｙｅｓ", ReplyIntent.Yes)]
    [TestCase("👍🏽 yes 👍🏽", ReplyIntent.Yes)]
    [TestCase("NO", ReplyIntent.No)]
    [TestCase("no.", ReplyIntent.No)]
    [TestCase("n", ReplyIntent.No)]
    [TestCase("Nope", ReplyIntent.No)]
    [TestCase("nah", ReplyIntent.No)]
    [TestCase("CANCEL", ReplyIntent.No)]
    [TestCase("Nein!", ReplyIntent.No)]
    [TestCase("non", ReplyIntent.No)]
    [TestCase("don't stop the reminders", ReplyIntent.Unknown)]
    [TestCase("yes but later", ReplyIntent.Unknown)]
    [TestCase("no idea", ReplyIntent.Unknown)]
    [TestCase("please stop", ReplyIntent.Unknown)]
    [TestCase("stopwatch", ReplyIntent.Unknown)]
    [TestCase("yesterday", ReplyIntent.Unknown)]
    [TestCase("nokia", ReplyIntent.Unknown)]
    [TestCase("okay-ish", ReplyIntent.Unknown)]
    [TestCase("", ReplyIntent.Unknown)]
    [TestCase("   ", ReplyIntent.Unknown)]
    [TestCase("🙏", ReplyIntent.Unknown)]
    [TestCase(null, ReplyIntent.Unknown)]
    public void Classify_Text_ReturnsIntent(string? text, ReplyIntent expected)
    {
        Assert.That(ReplyClassifier.Classify(text), Is.EqualTo(expected));
    }

    [TestCase("Googlebot/2.1", null, true)]
    [TestCase("facebookexternalhit", "", true)]
    [TestCase("Chrome Mobile", "Android", false)]
    [TestCase("Safari", "iOS", false)]
    [TestCase("WhatsApp", "link preview", true)]
    [TestCase("bingbot", "Windows", true)]
    public void IsBot_BrowserAndOs_TellsBotsApart(string? browser, string? os, bool expected)
    {
        Assert.That(BotDetector.IsBot(browser, os), Is.EqualTo(expected));
    }
}
