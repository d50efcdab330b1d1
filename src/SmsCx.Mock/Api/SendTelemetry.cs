using System.Diagnostics;
using SmsCx.Contracts.Sms;
using SmsCx.Mock.Diagnostics;

namespace SmsCx.Mock.Api;

/// <summary>
/// The send span's attributes and the <see cref="MockTelemetry.Sends"/> counter (see <see cref="MockTelemetry"/>);
/// nothing is recorded or allocated while no listener is attached.
/// </summary>
internal static class SendTelemetry
{
    public const string Accepted = "accepted";
    public const string Estimated = "estimated";
    public const string Replayed = "replayed";
    public const string Refused = "refused";

    public static Activity? Start() => MockTelemetry.Source.StartActivity(MockTelemetry.SendSpan);

    public static void Numbers(Activity? activity, int count) => activity?.SetTag(MockTelemetry.NumberCountTag, count);

    /// <summary>A send answered with <paramref name="response"/> (null for a replayed answer).</summary>
    public static void Answered(Activity? activity, string outcome, SendSmsResponse? response)
    {
        if (activity is not null)
        {
            activity.SetTag(MockTelemetry.OutcomeTag, outcome);
            if (response is not null)
            {
                activity.SetTag(MockTelemetry.PartsTag, response.Info.TotalParts);
                activity.SetTag(MockTelemetry.MessageCountTag, response.Info.TotalValid);
            }
        }

        Count(outcome);
    }

    /// <summary>A send refused with SMS.CX error <paramref name="code"/>.</summary>
    public static void Refuse(Activity? activity, int code)
    {
        if (activity is not null)
        {
            activity.SetTag(MockTelemetry.OutcomeTag, Refused);
            activity.SetTag(MockTelemetry.ErrorCodeTag, code);
            activity.SetStatus(ActivityStatusCode.Error);
        }

        Count(Refused);
    }

    private static void Count(string outcome)
    {
        if (MockTelemetry.SendCounter.Enabled)
            MockTelemetry.SendCounter.Add(1, new KeyValuePair<string, object?>(MockTelemetry.OutcomeTag, outcome));
    }
}
