using SmsCx.Contracts.Text;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary>
/// <c>expect-sent</c>: waits until the mock holds an SMS, not matched by an earlier step, that meets every given
/// condition (recipient, text fragment), and names it with <c>as</c>.
/// </summary>
public sealed class ExpectSentStep(int line, string? to, string? textContains, string? name, TimeSpan within)
    : ScenarioStep(line)
{
    /// <inheritdoc />
    public override string Label =>
        "expect-sent" + (to is null ? string.Empty : $" to {to}") +
        (textContains is null ? string.Empty : $" containing \"{textContains}\"");

    /// <inheritdoc />
    public override async Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recipient = to is null ? null : Normalise(context.Interpolate(to));
        var fragment = textContains is null ? null : context.Interpolate(textContains);
        var found = await context.PollAsync(within, _ => Task.FromResult(
            context.Mock.Messages.Snapshot().FirstOrDefault(m =>
                !context.IsClaimed(m.MsgId)
                && (recipient is null || m.To == recipient)
                && (fragment is null || m.Text.Contains(fragment, StringComparison.Ordinal)))), cancellationToken);
        if (found is null)
            throw new ScenarioStepFailedException($"no such SMS within {DurationText.Format(within)}; {Recent(context)}");

        context.Name(name, found);
        return name is null ? found.MsgId : $"as {name}";
    }

    private static string Normalise(string phone) =>
        PhoneNumbersValidator.Check(phone, null).E164 ?? phone;

    private static string Recent(ScenarioContext context)
    {
        var recent = context.Mock.Messages.Snapshot().TakeLast(5).ToList();
        if (recent.Count == 0)
            return "the mock has received no SMS at all: is the app's SMS.CX base URL the mock's?";
        return "latest SMS: " + string.Join("; ", recent.Select(m =>
            $"to {m.To} \"{(m.Text.Length > 60 ? m.Text[..60] + "…" : m.Text)}\""));
    }
}
