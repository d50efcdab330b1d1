using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary><c>reply</c>, <c>click</c> and <c>opt-out</c>: the recipient of a named message acts on it.</summary>
public sealed class CustomerStep(int line, CustomerActionKind kind, string message, string? text) : ScenarioStep(line)
{
    /// <inheritdoc />
    public override string Label => kind switch
    {
        CustomerActionKind.Reply => $"reply \"{text}\" to {message}",
        CustomerActionKind.Click => $"click the link of {message}",
        _ => $"opt-out from {message}",
    };

    /// <inheritdoc />
    public override Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = context.Message(message);
        var detail = kind switch
        {
            CustomerActionKind.Reply => $"from {context.Mock.Reply(target.MsgId, context.Interpolate(text!)).From}",
            CustomerActionKind.Click => $"hit {context.Mock.Click(target.MsgId).HitId}",
            _ => $"{context.Mock.OptOut(target.MsgId).PhoneNumber} opted out",
        };
        return Task.FromResult<string?>(detail);
    }
}
