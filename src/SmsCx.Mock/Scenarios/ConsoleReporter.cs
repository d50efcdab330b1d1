using SmsCx.Contracts.Text;
using System.Globalization;

namespace SmsCx.Mock.Scenarios;

/// <summary>
/// Prints one line per step with its outcome and time, the failure reason under a failed step, and a summary
/// table at the end. Writes to any <see cref="TextWriter"/> (the console by default).
/// </summary>
public sealed class ConsoleReporter(TextWriter output) : IScenarioReporter
{
    /// <inheritdoc />
    public void ScenarioStarted(ScenarioDocument scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        output.WriteLine();
        output.WriteLine($"{scenario.Name}  ({scenario.File})");
    }

    /// <inheritdoc />
    public void StepFinished(ScenarioDocument scenario, StepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var mark = result.Passed ? "PASS" : "FAIL";
        var label = result.Detail is null ? result.Label : $"{result.Label} -> {result.Detail}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {mark} {result.Number,2} {DurationText.Format(result.Elapsed),9}  {label}"));
        if (result.Failure is not null)
            output.WriteLine($"                  line {result.Line}: {result.Failure}");
    }

    /// <inheritdoc />
    public void ScenarioFinished(ScenarioResult result)
    {
    }

    /// <inheritdoc />
    public void RunFinished(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine();
        foreach (var invalid in result.Invalid)
            output.WriteLine($"INVALID {invalid.Message}");
        if (result.Scenarios.Count > 0)
        {
            var width = Math.Min(60, Math.Max(8, result.Scenarios.Max(s => s.Scenario.Name.Length)));
            output.WriteLine($"{"Scenario".PadRight(width)}  {"Steps",7}  {"Result",-6}  {"Time",9}");
            foreach (var scenario in result.Scenarios)
            {
                var steps = $"{scenario.Steps.Count(s => s.Passed)}/{scenario.Scenario.Steps.Count}";
                output.WriteLine($"{Fit(scenario.Scenario.Name, width).PadRight(width)}  {steps,7}  " +
                    $"{(scenario.Passed ? "passed" : "FAILED"),-6}  {DurationText.Format(scenario.Elapsed),9}");
            }
        }

        var passed = result.Scenarios.Count(s => s.Passed);
        output.WriteLine();
        output.WriteLine($"{Count(result.Scenarios.Count, "scenario")}: {passed} passed, {result.Scenarios.Count - passed} failed" +
            (result.Invalid.Count > 0 ? $", {Count(result.Invalid.Count, "invalid file")}" : string.Empty));
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
