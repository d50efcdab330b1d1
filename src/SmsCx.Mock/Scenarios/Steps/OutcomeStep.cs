using SmsCx.Contracts;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary>
/// <c>outcome</c>: decides what happens to a named message (SENT, DELIVERED, FAILED after <c>after</c>), or to the
/// next message to a recipient (also REJECTED or NO COVERAGE at send time).
/// </summary>
public sealed class OutcomeStep(
    int line, string? message, string? recipient, MessageStatus status, int? errorCode, TimeSpan after)
    : ScenarioStep(line)
{
    /// <inheritdoc />
    public override string Label =>
        $"outcome {MessageStatusTable.WireName(status)}" +
        (errorCode is null ? string.Empty : $" (error {errorCode})") +
        (message is null ? $" for next SMS to {recipient}" : $" for {message}");

    /// <inheritdoc />
    public override Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (message is not null)
        {
            try
            {
                context.Mock.SetOutcome(context.Message(message).MsgId, status, errorCode, after);
            }
            catch (InvalidOperationException ex)
            {
                throw new ScenarioStepFailedException(ex.Message, ex);
            }

            return Task.FromResult<string?>(null);
        }

        var phone = context.Interpolate(recipient!);
        var e164 = PhoneNumbersValidator.Check(phone, null).E164
            ?? throw new ScenarioStepFailedException($"{phone} is not a valid phone number");
        context.Mock.SetNextOutcome(e164, PlanFor(status, errorCode, after));
        return Task.FromResult<string?>(null);
    }

    private static OutcomePlan PlanFor(MessageStatus status, int? errorCode, TimeSpan after) => status switch
    {
        MessageStatus.Rejected => MagicNumbers.Table["20"],
        MessageStatus.NoCoverage => MagicNumbers.Table["21"],
        MessageStatus.Sent => new OutcomePlan { Name = "scenario-sent", Final = null },
        MessageStatus.Failed => new OutcomePlan
        {
            Name = "scenario-failed", Final = MessageStatus.Failed, ErrorCode = errorCode ?? 1, FinalDelay = after,
        },
        _ => OutcomePlan.Delivered with { Name = "scenario-delivered", FinalDelay = after },
    };
}
