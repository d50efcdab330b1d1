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
    public void Parse_MalformedFile_ErrorNamesFileLineAndExpectation(string yaml, int line, string fragment)
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse("bad.yaml", yaml));

        Assert.That(error!.File, Is.EqualTo("bad.yaml"));
        Assert.That(error.Line, Is.EqualTo(line));
        Assert.That(error.Message, Does.StartWith($"bad.yaml:{line}:"));
        Assert.That(error.Problem, Does.Contain(fragment));
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
