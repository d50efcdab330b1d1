using Microsoft.Extensions.Logging;

namespace SmsCx.Mock.Messaging;

/// <summary>Source-generated log messages of the message engine.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Message {MsgId} to {To} is now {Status}")]
    public static partial void StatusChanged(ILogger logger, string msgId, string to, string status);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "No webhook URL for {Event} of {Subject}: set the mock's webhook URL or send with dlrCallbackUrl")]
    public static partial void NoWebhookUrl(ILogger logger, string @event, string subject);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning,
        Message = "No webhook URL for {Event} of {Subject}, so no webhook is sent: set MockOptions.WebhookUrl (it may "
            + "be set after start, e.g. to a receiver's URL) or send with dlrCallbackUrl. Later cases are logged at Information")]
    public static partial void NoWebhookUrlFirst(ILogger logger, string @event, string subject);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information,
        Message = "Customer {PhoneNumber} {Action} (message {MsgId})")]
    public static partial void CustomerActed(ILogger logger, string phoneNumber, string action, string msgId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Lifecycle of message {MsgId} failed")]
    public static partial void LifecycleFailed(ILogger logger, string msgId, Exception exception);
}
