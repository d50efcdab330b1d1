using SmsCx.Contracts.Webhooks;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Hosting;

/// <summary>
/// A customer of the app, by phone number, acting on the latest SMS the mock sent them:
/// <c>await sms.Customer("+4915112345678").RepliesAsync("YES")</c>. Each action sends its webhook through the
/// dispatcher (batched and retried like any other) and returns the item sent.
/// </summary>
public sealed class SimulatedCustomer
{
    private readonly MockEngine _engine;

    internal SimulatedCustomer(MockEngine engine, string phoneNumber)
    {
        _engine = engine;
        PhoneNumber = PhoneNumbersValidator.Check(phoneNumber, null).E164
            ?? throw new ArgumentException($"'{phoneNumber}' is not a valid phone number in E.164 form.", nameof(phoneNumber));
    }

    /// <summary>The customer's number in E.164.</summary>
    public string PhoneNumber { get; }

    /// <summary>The latest SMS sent to the customer; throws <see cref="InvalidOperationException"/> when there is none.</summary>
    public MockMessage LatestMessage => _engine.Messages.LatestTo(PhoneNumber)
        ?? throw new InvalidOperationException($"The mock has sent no SMS to {PhoneNumber} yet.");

    /// <summary>The customer answers the latest SMS with <paramref name="text"/> (<c>receive_sms</c>).</summary>
    public Task<ReceivedSms> RepliesAsync(string text) => Task.FromResult(_engine.Reply(LatestMessage.MsgId, text));

    /// <summary>
    /// The customer opens the latest SMS's short link (<c>shortlink_hit</c>); an SMS sent without one gets a made-up
    /// link in the hit, so any message can be clicked.
    /// </summary>
    public Task<ShortlinkHit> ClicksAsync() => Task.FromResult(_engine.Click(LatestMessage.MsgId));

    /// <summary>The customer uses the latest SMS's opt-out link (<c>new_optout</c>); later sends are REJECTED.</summary>
    public Task<NewOptout> OptsOutAsync() => Task.FromResult(_engine.OptOut(LatestMessage.MsgId));
}
