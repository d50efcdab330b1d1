using Microsoft.Extensions.Logging;

namespace SmsCx.Receiver.Domain;

/// <summary>Log messages of the inbox worker.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Debug, "Applied inbox row {InboxId} ({Kind})")]
    public static partial void Applied(ILogger logger, string kind, long inboxId);

    [LoggerMessage(1002, LogLevel.Error, "Could not apply inbox row {InboxId} ({Kind}); it stays pending")]
    public static partial void ApplyFailed(ILogger logger, Exception exception, string kind, long inboxId);

    [LoggerMessage(1003, LogLevel.Debug, "Inbox worker stopping; applying what is still pending")]
    public static partial void Draining(ILogger logger);

    [LoggerMessage(1004, LogLevel.Error, "Could not read the inbox; pending rows are retried on the next signal or start")]
    public static partial void DrainFailed(ILogger logger, Exception exception);
}
