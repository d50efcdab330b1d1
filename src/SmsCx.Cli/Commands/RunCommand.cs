using System.CommandLine;

namespace SmsCx.Cli.Commands;

/// <summary><c>smscx run</c>: plays scenario files; exit code 0 only when every expectation held.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Scenario files or folders.", Arity = ArgumentArity.OneOrMore };
        var receiver = UrlOption.Create("--receiver", "Test the app at this URL instead of the built-in reference receiver.");
        var webhookUrl = UrlOption.Create("--webhook-url", "With --receiver: where the mock posts webhooks (default RECEIVER/webhooks/smscx).");
        var report = new Option<string?>("--report") { Description = "Also write a Markdown report to this file." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the mock, for reproducible ids and fake data." };
        var mockPort = new Option<int>("--mock-port") { Description = "Port of the mock (0 = free port); fix it when your app must be configured with it." };
        mockPort.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
                result.AddError("--mock-port must be 0 to 65535.");
        });
        var verbose = new Option<bool>("--verbose") { Description = "Show the mock's and receiver's logs." };
        var observability = new ObservabilityOptions();
        var command = new Command("run", "Play scenario files against the mock and an app.") { paths, receiver, webhookUrl, report, seed, mockPort, verbose };
        observability.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            return await CommandRun.GuardAsync(async () =>
            {
                var settings = new RunSettings(
                    result.GetValue(paths)!, result.GetValue(receiver), result.GetValue(webhookUrl), result.GetValue(report),
                    result.GetValue(seed), result.GetValue(mockPort), result.GetValue(verbose), observability.Read(result));
                // With JSON logs stdout carries only the log lines; the step-by-step report goes to stderr.
                var outcome = await ScenarioSession.RunAsync(settings, Hosting.BannerWriter(observability.JsonLogs(result)), ct);
                return outcome.Passed ? 0 : 1;
            }, "the run was stopped before every scenario played.", ct);
        });
        return command;
    }
}
