using SmsCx.Mock.Scenarios;
using SmsCx.Mock.Scenarios.Steps;

namespace SmsCx.Contract.Tests.Scenarios;

[TestFixture]
public sealed class ScenarioLoaderTests
{
    private const string Valid = """
        name: Confirms
        actors:
          customer: "+4915112340001"
        steps:
          - call: { post: /appointments, json: { id: A-1, phone: "${customer}" } }
            expect: { status: 201 }
          - expect-sent: { to: "${customer}", as: reminder }
          - reply: { to: reminder, text: "Yes" }
          - expect-http: { get: "/appointments/A-1", json: { status: confirmed }, within: 2s }
        """;

    [Test]
    public void Parse_ValidFile_BindsEveryStepWithItsLine()
    {
        var scenario = ScenarioLoader.Parse("ok.yaml", Valid);

        Assert.That(scenario.Name, Is.EqualTo("Confirms"));
        Assert.That(scenario.Actors["customer"], Is.EqualTo("+4915112340001"));
        Assert.That(scenario.Steps.Select(s => s.GetType()), Is.EqualTo(new[]
        {
            typeof(CallStep), typeof(ExpectSentStep), typeof(CustomerStep), typeof(ExpectHttpStep),
        }));
        Assert.That(scenario.Steps.Select(s => s.Line), Is.EqualTo(new[] { 5, 7, 8, 9 }));
    }

    [TestCase("name: x\nsteps:\n  - repy: { to: a, text: b }\n", 3, "unknown key 'repy'", TestName = "Parse_MisspelledAction_NamesTheKeyAndLine")]
    [TestCase("name: x\nactors:\n  c: +4915112340001\nsteps:\n  - wait: 1s\n", 3, "put phone numbers", TestName = "Parse_UnquotedPhoneNumber_AsksForQuotes")]
    [TestCase("name: x\nsteps:\n  - wait: 1s\n  - reply: { to: nobody, text: b }\n", 4, "no earlier step names a message 'nobody'", TestName = "Parse_UnknownMessageName_SaysHowToNameIt")]
    [TestCase("name: x\nsteps:\n  - wait: soon\n", 3, "/steps/0/wait", TestName = "Parse_BadDuration_PointsAtTheValue")]
    [TestCase("name: x\nsteps: [\n", 3, "not valid YAML", TestName = "Parse_BrokenYaml_ReportsYamlError")]
    [TestCase("steps:\n  - wait: 1s\n", 1, "name", TestName = "Parse_MissingName_SaysNameIsRequired")]
    [TestCase("name: x\nsteps:\n  - wait: 1s\n    reply: { to: a, text: b }\n", 3, "split it into steps", TestName = "Parse_TwoActionsInOneStep_AsksToSplit")]
    [TestCase("name: x\nsteps:\n  - wait: 1s\n    expect: { status: 200 }\n", 4, "'expect' belongs to a 'call' step", TestName = "Parse_ExpectWithoutCall_Explains")]
    [TestCase("name: x\nsteps:\n  - call: { get: \"/x/${who}\" }\n", 3, "${who} is not an actor", TestName = "Parse_UnknownVariable_NamesIt")]
    [TestCase("name: x\nsteps:\n  - outcome: { status: DELIVERED }\n", 3, "either a 'message'", TestName = "Parse_OutcomeWithoutTarget_Explains")]
    [TestCase("name: x\nsteps:\n  - call: { json: { a: 1 } }\n", 3, "exactly one of get, post", TestName = "Parse_CallWithoutMethod_Explains")]
    [TestCase("name: x\nsteps:\n  - expect-webhook: { event: dlr_updated }\n", 3, "/steps/0/expect-webhook/event", TestName = "Parse_UnknownEvent_PointsAtIt")]
    [TestCase("name: x\nsteps:\n  - call: { post: /a\n  - wait: 1s\n", 1, "not valid YAML", TestName = "Parse_UnclosedFlowMapping_FormatErrorNotCrash")]
    [TestCase("name: x\nsteps:\n  - call:\n      post: /a\n      json:\n        a: &a [x, x]\n        b: [*a, *a]\n", 6, "aliases", TestName = "Parse_YamlAliases_RefusedSoTheyCannotExpand")]
    [TestCase("name: x\nsteps:\n  - wait: 1s\n---\nname: y\nsteps:\n  - wait: 1s\n", 5, "one YAML document", TestName = "Parse_SecondDocument_RefusedNotIgnored")]
    [TestCase("name: x\nsteps:\n  - send: { to: \"+4915112340001\", text: a, as: m }\n  - send: { to: \"+4915112340001\", text: b, as: m }\n", 4, "already used", TestName = "Parse_DuplicateMessageName_Refused")]
    [TestCase("name: x\nsteps:\n  - call: { get: \"http://example.com/x\" }\n", 3, "starting with /", TestName = "Parse_CallToAFullUrl_RefusedSoStepsOnlyReachTheApp")]
    [TestCase("name: x\nsteps:\n  - wait: forever\n", 3, "is not a duration", TestName = "Parse_BadDuration_SaysWhatADurationLooksLike")]
    public void Parse_MalformedFile_ErrorNamesFileLineAndExpectation(string yaml, int line, string fragment)
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse("bad.yaml", yaml));

        Assert.That(error!.File, Is.EqualTo("bad.yaml"));
        Assert.That(error.Line, Is.EqualTo(line));
        Assert.That(error.Message, Does.StartWith($"bad.yaml:{line}:"));
        Assert.That(error.Problem, Does.Contain(fragment));
    }

    [Test]
    public void Parse_AliasBomb_RefusedQuicklyWithoutExpanding()
    {
        // Regression: nine levels of aliases expanded to about 9^10 nodes and the run died out of memory.
        var yaml = "name: x\nsteps:\n  - call:\n      post: /a\n      json:\n        a0: &a0 [x,x,x,x,x,x,x,x,x]\n" +
            string.Concat(Enumerable.Range(1, 9).Select(i => $"        a{i}: &a{i} [{string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9))}]\n"));

        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse("bomb.yaml", yaml));

        Assert.That(error!.Problem, Does.Contain("aliases"));
    }

    [Test]
    public void Parse_DeeplyNestedJson_RefusedAtLoad()
    {
        var yaml = "name: x\nsteps:\n  - call: { post: /a, json: " + new string('[', 100) + new string(']', 100) + " }\n";

        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse("deep.yaml", yaml));

        Assert.That(error!.Problem, Does.Contain("nesting deeper"));
    }

    [Test]
    public void LoadFile_NotUtf8_SaysSo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"latin1-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, [.. "name: caf"u8.ToArray(), 0xE9, .. "\nsteps:\n  - wait: 1s\n"u8.ToArray()]);

            var error = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.LoadFile(path));

            Assert.That(error!.Problem, Does.Contain("not UTF-8"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void LoadFile_OverOneMebibyte_RefusedBeforeParsing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, "name: x\n# " + new string('x', (int)ScenarioLoader.MaxFileBytes));

            var error = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.LoadFile(path));

            Assert.That(error!.Problem, Does.Contain("at most"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Expand_Folder_ListsYamlFilesInOrder()
    {
        var files = ScenarioLoader.Expand([ScenarioFiles.Folder]);

        Assert.That(files, Is.Not.Empty);
        Assert.That(files, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(files, Has.All.EndsWith(".yaml"));
    }

    [Test]
    public void Expand_MissingPath_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => ScenarioLoader.Expand(["no/such/scenarios"]));
    }
}
