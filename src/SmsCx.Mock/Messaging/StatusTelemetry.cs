using System.Diagnostics;
using SmsCx.Mock.Diagnostics;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// The instant span of one status change (<see cref="MockTelemetry.StatusSpan"/>), a child of the message's send
/// span: current while the change is logged, so the log entry carries the send's trace id. Nothing is created
/// while nobody listens or when the send was not traced.
/// </summary>
internal static class StatusTelemetry
{
    public static Activity? Start(MockMessage message, string status, int? errorCode)
    {
        if (message.SendContext == default || !MockTelemetry.Source.HasListeners())
            return null;

        var activity = MockTelemetry.Source.StartActivity(MockTelemetry.StatusSpan, ActivityKind.Internal, message.SendContext);
        if (activity is null)
            return null;

        activity.SetTag(MockTelemetry.StatusTag, status);
        if (errorCode is not null)
            activity.SetTag(MockTelemetry.ErrorCodeTag, errorCode);
        return activity;
    }
}
