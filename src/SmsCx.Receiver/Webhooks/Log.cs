using Microsoft.Extensions.Logging;

namespace SmsCx.Receiver.Webhooks;

/// <summary>Log messages of the webhook endpoint. Secrets and bodies are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Webhook refused with 401: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(2002, LogLevel.Information, "Webhook refused: body larger than {MaxBodyBytes} bytes")]
    public static partial void TooLarge(ILogger logger, long maxBodyBytes);

    [LoggerMessage(2003, LogLevel.Information, "Webhook refused: {Reason}")]
    public static partial void BadBody(ILogger logger, string reason);

    [LoggerMessage(2004, LogLevel.Error,
        "Could not store a {Event} batch of {ItemCount} items; answered 503 so it is retried")]
    public static partial void StorageFailed(ILogger logger, Exception exception, string @event, int itemCount);

    [LoggerMessage(2005, LogLevel.Debug,
        "Stored {Event} batch: {Applied} applied, {Duplicates} duplicates, {Rejected} set aside")]
    public static partial void Stored(ILogger logger, string @event, int applied, int duplicates, int rejected);
}
