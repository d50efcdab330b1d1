using SmsCx.Cli.Commands;
using SmsCx.Mock.Hosting;
using SmsCx.Mock.Scenarios;
using SmsCx.Mock.Scenarios.Steps;

namespace SmsCx.Contract.Tests.Scenarios;

[TestFixture]
public sealed class ScenarioRunTests
{
    [Test, CancelAfter(180_000)]
    public async Task Run_EveryScenarioFile_AllPassAgainstTheReferenceReceiver(CancellationToken ct)
    {
        using var output = new StringWriter();

        var result = await ScenarioSession.RunAsync(new RunSettings([ScenarioFiles.Folder], Seed: 7), output, ct);

        Assert.That(result.Invalid, Is.Empty, output.ToString());
        Assert.That(result.Scenarios, Has.Count.EqualTo(ScenarioLoader.Expand([ScenarioFiles.Folder]).Count));
        Assert.That(result.Scenarios.Where(s => !s.Passed).Select(s => $"{s.Scenario.File}: {s.Failure?.Failure}"), Is.Empty,
            output.ToString());
        Assert.That(output.ToString(), Does.Contain($"{result.Scenarios.Count} scenarios: {result.Scenarios.Count} passed, 0 failed"));
    }

    [Test, CancelAfter(60_000)]
    public async Task Run_WrongExpectation_FailsNamingTheStepLineAndWhy(CancellationToken ct)
    {
        var file = Path.Combine(Path.GetTempPath(), $"wrong-{Guid.NewGuid():N}.yaml");
        var text = await File.ReadAllTextAsync(Path.Combine(ScenarioFiles.Folder, "appointment-confirmed.yaml"), ct);
        await File.WriteAllTextAsync(file, text.Replace("status: confirmed", "status: cancelled", StringComparison.Ordinal), ct);
        using var output = new StringWriter();
        try
        {
            var result = await ScenarioSession.RunAsync(new RunSettings([file]), output, ct);

            Assert.That(result.Passed, Is.False);
            var failure = result.Scenarios.Single().Failure!;
            Assert.That(failure.Label, Does.StartWith("expect-http GET /appointments/"));
            Assert.That(failure.Failure, Does.Contain("$.status expected \"cancelled\" but was \"confirmed\""));
            Assert.That(output.ToString(), Does.Contain($"line {failure.Line}: still not matching"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task Run_StepThrowsUnexpectedException_ReportedAsFailedStepNotCrash(CancellationToken ct)
    {
        // Regression: an exception other than a failed expectation escaped the runner and ended the whole run.
        await using var mock = await SmsCxMockServer.StartAsync(cancellationToken: ct);
        using var output = new StringWriter();
        using var runner = new ScenarioRunner(mock.Engine, mock.Url, "test_key", mock.Url, new ConsoleReporter(output));
        var scenario = new ScenarioDocument("broken.yaml", "Broken", new Dictionary<string, string>(),
            [new ThrowingStep(), new WaitStep(3, TimeSpan.Zero)]);

        var result = await runner.RunAsync([scenario, scenario], [], ct);

        Assert.That(result.Scenarios, Has.Count.EqualTo(2));
        Assert.That(result.Scenarios[0].Failure!.Failure, Does.Contain("InvalidOperationException: boom"));
        Assert.That(result.Scenarios[0].Steps, Has.Count.EqualTo(1), "steps after a failed one do not run");
    }

    private sealed class ThrowingStep() : ScenarioStep(2)
    {
        public override string Label => "throw";

        public override Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }
}
