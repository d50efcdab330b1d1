using SmsCx.Load.Http;

namespace SmsCx.Load.Tests.Engine;

[TestFixture]
public sealed class HttpStepTemplateTests
{
    [Test]
    public void Fill_UuidAndSeq_EveryOccurrenceFresh()
    {
        var first = HttpStep.Fill("""{ "data": [ { "msgId": "{{uuid}}" }, { "msgId": "{{uuid}}" } ], "n": {{seq}} }""");
        var second = HttpStep.Fill("""{ "n": {{seq}} }""");

        var ids = System.Text.RegularExpressions.Regex.Matches(first, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        Assert.That(ids, Has.Count.EqualTo(2));
        Assert.That(ids[0].Value, Is.Not.EqualTo(ids[1].Value));
        Assert.That(first, Does.Not.Contain("{{"));
        var n1 = long.Parse(first[(first.LastIndexOf(':') + 1)..^1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var n2 = long.Parse(second[(second.LastIndexOf(':') + 1)..^1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(n2, Is.GreaterThan(n1));
    }
}
