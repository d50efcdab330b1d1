using SmsCx.Mock.Messaging;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed class TransliteratorTests
{
    [TestCase("Привет", "RUSSIAN_CYRILLIC", false, "Privet")]
    [TestCase("Щука и ёж", "RUSSIAN_CYRILLIC", false, "Shchuka i ezh")]
    [TestCase("Київ", "UKRAINIAN_CYRILLIC", false, "Kyiv")]
    [TestCase("cześć", "POLISH", false, "czesc")]
    [TestCase("Łódź", "POLISH", false, "Lodz")]
    [TestCase("edilmiş", "TURKISH", false, "edilmis")]
    [TestCase("bună ziua", "ROMANIAN", false, "buna ziua")]
    [TestCase("Καλημέρα", "GREEK", false, "KAΛHMEPA")]
    [TestCase("“Quoted” – text…", "NON_GSM", false, "\"Quoted\" - text...")]
    [TestCase("Grüße café", "NON_GSM", false, "Grüße café")]
    [TestCase("日本", "NON_GSM", false, "??")]
    [TestCase("Привет", "POLISH", false, "Привет")]
    [TestCase("Hi 👋🏽 there 😀", "NONE", true, "Hi  there ")]
    [TestCase("ça va", null, false, "ça va")]
    public void Apply_Table(string text, string? alphabet, bool removeEmojis, string expected)
    {
        var (result, _) = Transliterator.Apply(text, alphabet, removeEmojis);

        Assert.That(result, Is.EqualTo(expected));
    }

    [Test]
    public void Apply_CountsEveryReplacedCharacter()
    {
        var (_, replaced) = Transliterator.Apply("şaş 😀😀", "NON_GSM", removeEmojis: true);

        Assert.That(replaced, Is.EqualTo(new Dictionary<string, int> { ["ş"] = 2, ["😀"] = 2 }));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_WithNonGsmTransliteration_SendsGsmTextAndReportsTheAnalysis(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var text = "Bună ziua! Programarea dvs. este mâine la ora 10. Răspundeți DA pentru confirmare. " +
            "Mulțumim și o zi frumoasă 😀";

        var (status, body, _) = await mock.PostJsonAsync("sms", new
        {
            to = "+40712345678", from = "Clinica", text,
            transliteration = new { alphabet = "NON_GSM", removeEmojis = true },
        }, ct);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(StrictSmsCxClient.CheckSendResponse(body), Is.Empty);
        var analysis = body.GetProperty("info").GetProperty("transliterationAnalysis");
        var item = body.GetProperty("data")[0];
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("textAnalysis").GetProperty("unicode").GetBoolean(), Is.False);
            Assert.That(item.GetProperty("text").GetString(), Does.StartWith("Buna ziua!"));
            Assert.That(analysis.GetProperty("totalOriginalParts").GetInt32(), Is.EqualTo(2));
            Assert.That(analysis.GetProperty("totalReplacedParts").GetInt32(), Is.EqualTo(1));
            Assert.That(analysis.GetProperty("totalPartsSaved").GetInt32(), Is.EqualTo(1));
            Assert.That(analysis.GetProperty("text").GetProperty("original").GetProperty("encoding").GetString(), Is.EqualTo("UCS-2"));
            Assert.That(analysis.GetProperty("text").GetProperty("replaced").GetProperty("encoding").GetString(), Is.EqualTo("GSM-7"));
            Assert.That(analysis.GetProperty("text").GetProperty("replaced").GetProperty("characters").GetProperty("ă").GetInt32(), Is.EqualTo(3));
        });
    }
}
