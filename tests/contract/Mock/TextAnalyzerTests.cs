using SmsCx.Mock.Messaging;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed class TextAnalyzerTests
{
    private static IEnumerable<TestCaseData> Boundaries()
    {
        yield return Case(new string('a', 160), 160, false, 1, "160 GSM-7 characters fit one part");
        yield return Case(new string('a', 161), 161, false, 2, "161 GSM-7 characters need two parts");
        yield return Case(new string('a', 306), 306, false, 2, "two concatenated GSM-7 parts hold 2 x 153");
        yield return Case(new string('a', 307), 307, false, 3, "307 GSM-7 characters need three parts");
        yield return Case(new string('a', 1530), 1530, false, 10, "1530 GSM-7 characters are ten parts");
        yield return Case(new string('a', 1531), 1531, false, 11, "1531 GSM-7 characters are over the limit");
        yield return Case(new string('ж', 70), 70, true, 1, "70 UCS-2 characters fit one part");
        yield return Case(new string('ж', 71), 71, true, 2, "71 UCS-2 characters need two parts");
        yield return Case(new string('ж', 134), 134, true, 2, "two concatenated UCS-2 parts hold 2 x 67");
        yield return Case(new string('ж', 135), 135, true, 3, "135 UCS-2 characters need three parts");
        yield return Case(new string('ж', 670), 670, true, 10, "670 UCS-2 characters are ten parts");
        yield return Case(new string('a', 159) + "€", 161, false, 2, "an escape character counts twice and tips 160 over");
        yield return Case(new string('a', 158) + "{", 160, false, 1, "158 plus one escape character is exactly 160");
        yield return Case("{}[]~^|\\€", 18, false, 1, "every extension character counts twice");
        yield return Case(new string('a', 69) + "😀", 71, true, 2, "an emoji switches to UCS-2 and counts two units");
        yield return Case("Grüße aus Köln", 14, false, 1, "ü and ö are in the GSM-7 default alphabet");
        yield return Case("ça va", 5, true, 1, "ç (lower case) is not GSM-7");
        yield return Case("Ça va", 5, false, 1, "Ç (upper case) is GSM-7");
    }

    [TestCaseSource(nameof(Boundaries))]
    public void Analyze_Boundary_CountsLengthEncodingAndParts(string text, int length, bool unicode, int parts)
    {
        var analysis = TextAnalyzer.Analyze(text);

        Assert.That(analysis.Length, Is.EqualTo(length));
        Assert.That(analysis.Unicode, Is.EqualTo(unicode));
        Assert.That(analysis.Parts, Is.EqualTo(parts));
    }

    private static TestCaseData Case(string text, int length, bool unicode, int parts, string name) =>
        new TestCaseData(text, length, unicode, parts).SetName("Analyze_" + name.Replace(' ', '_'));
}
