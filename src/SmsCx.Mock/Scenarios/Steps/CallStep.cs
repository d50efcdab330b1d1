using System.Text.Json.Nodes;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary>
/// <c>call</c> (+ optional <c>expect</c>): one request to the app. Without <c>expect</c> any 2xx answer passes.
/// </summary>
public sealed class CallStep(int line, HttpTarget target, int? status, JsonNode? json, string? bodyContains)
    : ScenarioStep(line)
{
    /// <inheritdoc />
    public override string Label => $"call {target}";

    /// <inheritdoc />
    public override async Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var answer = await target.SendAsync(context, cancellationToken);
        var expected = context.Interpolate(json);
        var problem = status is null && json is null && bodyContains is null
            ? ((int)answer.Status is >= 200 and < 300 ? null : $"expected a 2xx answer (add 'expect' for another) but got {(int)answer.Status}")
            : answer.Mismatch(status, expected, bodyContains);
        if (problem is not null)
            throw new ScenarioStepFailedException(problem);
        return $"{(int)answer.Status}";
    }
}
