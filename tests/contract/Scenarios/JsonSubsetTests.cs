using System.Text.Json.Nodes;
using SmsCx.Mock.Scenarios;

namespace SmsCx.Contract.Tests.Scenarios;

[TestFixture]
public sealed class JsonSubsetTests
{
    [Test]
    public void Mismatch_YamlIntegerAgainstJsonNumber_Matches()
    {
        // Regression: a number parsed from YAML (a long) compared with a JSON number threw instead of matching.
        var expected = new JsonObject { ["errorCode"] = JsonValue.Create(3L) };
        var actual = JsonNode.Parse("""{ "errorCode": 3, "status": "FAILED" }""");

        Assert.That(JsonSubset.Mismatch(expected, actual), Is.Null);
    }

    [TestCase("""{ "status": "confirmed" }""", """{ "status": "reminded" }""", "$.status expected \"confirmed\" but was \"reminded\"")]
    [TestCase("""{ "errorCode": null }""", """{ "errorCode": 0 }""", "$.errorCode expected null but was 0")]
    [TestCase("""{ "clicks": { "human": 1 } }""", """{ "clicks": {} }""", "$.clicks.human is missing")]
    [TestCase("""{ "data": [ { "phoneNumber": "+49" } ] }""", """{ "data": [ { "phoneNumber": "+33" } ] }""", "$.data has no element matching")]
    [TestCase("""{ "n": 1.5 }""", """{ "n": 1.50 }""", null)]
    [TestCase("""{ "ok": true }""", """{ "ok": true, "extra": 1 }""", null)]
    [TestCase("""{ "data": [ { "a": 2 } ] }""", """{ "data": [ { "a": 1 }, { "a": 2 } ] }""", null)]
    public void Mismatch_Cases(string expected, string actual, string? problem)
    {
        var result = JsonSubset.Mismatch(JsonNode.Parse(expected), JsonNode.Parse(actual));

        if (problem is null)
            Assert.That(result, Is.Null);
        else
            Assert.That(result, Does.StartWith(problem));
    }
}
