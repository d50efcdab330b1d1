using SmsCx.Contracts.Text;
using System.Globalization;
using System.Text;

namespace SmsCx.Mock.Scenarios;

/// <summary>Renders a run as a Markdown report: a summary table, then every step of every scenario.</summary>
public static class MarkdownReport
{
    /// <summary>Returns the report text.</summary>
    public static string Render(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        var passed = result.Scenarios.Count(s => s.Passed);
        text.AppendLine("# Scenario run").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.Scenarios.Count} scenarios: {passed} passed, {result.Scenarios.Count - passed} failed, " +
            $"{result.Invalid.Count} invalid files.").AppendLine();
        text.AppendLine("| Scenario | File | Steps | Result | Time |").AppendLine("|---|---|---|---|---|");
        foreach (var s in result.Scenarios)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(s.Scenario.Name)} | {Cell(s.Scenario.File)} | " +
                $"{s.Steps.Count(x => x.Passed)}/{s.Scenario.Steps.Count} | {(s.Passed ? "passed" : "**failed**")} | " +
                $"{DurationText.Format(s.Elapsed)} |");
        }

        foreach (var invalid in result.Invalid)
            text.AppendLine().Append("Invalid file: `").Append(invalid.Message).AppendLine("`");

        foreach (var s in result.Scenarios)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {s.Scenario.Name}").AppendLine();
            text.AppendLine("| # | Line | Step | Outcome | Time |").AppendLine("|---|---|---|---|---|");
            foreach (var step in s.Steps)
            {
                var outcome = step.Passed ? "passed" + (step.Detail is null ? string.Empty : $": {step.Detail}") : $"**failed**: {step.Failure}";
                text.AppendLine(CultureInfo.InvariantCulture, $"| {step.Number} | {step.Line} | {Cell(step.Label)} | {Cell(outcome)} | {DurationText.Format(step.Elapsed)} |");
            }
        }

        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
