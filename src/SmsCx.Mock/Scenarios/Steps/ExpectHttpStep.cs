using SmsCx.Contracts.Text;
using System.Text.Json.Nodes;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary><c>expect-http</c>: polls the app until its answer matches or <c>within</c> passes (default 5 s).</summary>
public sealed class ExpectHttpStep(int line, HttpTarget target, int status, JsonNode? json, string? bodyContains, TimeSpan within)
    : ScenarioStep(line)
{
    /// <inheritdoc />
    public override string Label => $"expect-http {target}";

    /// <inheritdoc />
    public override async Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var expected = context.Interpolate(json);
        string? lastProblem = null;
        var answer = await context.PollAsync(within, async ct =>
        {
            var current = await target.SendAsync(context, ct);
            lastProblem = current.Mismatch(status, expected, bodyContains);
            return lastProblem is null ? current : null;
        }, cancellationToken);
        if (answer is null)
            throw new ScenarioStepFailedException($"still not matching after {DurationText.Format(within)}: {lastProblem}");
        return $"{(int)answer.Status}";
    }
}
