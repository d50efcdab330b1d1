using SmsCx.Contracts.Text;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary><c>wait</c>: pauses the scenario on the mock's clock.</summary>
public sealed class WaitStep(int line, TimeSpan duration) : ScenarioStep(line)
{
    /// <inheritdoc />
    public override string Label => $"wait {DurationText.Format(duration)}";

    /// <inheritdoc />
    public override async Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await Task.Delay(duration, context.Time, cancellationToken);
        return null;
    }
}
