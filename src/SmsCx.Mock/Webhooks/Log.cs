using Microsoft.Extensions.Logging;

namespace SmsCx.Mock.Webhooks;

/// <summary>Source-generated log messages of the webhook dispatcher.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug,
        Message = "Webhook {Event} batch {BatchId} with {ItemCount} items acknowledged by {Endpoint} on attempt {Attempt} in {LatencyMs} ms")]
    public static partial void Acknowledged(
        ILogger logger, string @event, string batchId, int itemCount, string endpoint, int attempt, double latencyMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Webhook {Event} batch {BatchId} to {Endpoint} attempt {Attempt} failed ({Failure}); retrying in {RetryDelay}")]
    public static partial void WillRetry(
        ILogger logger, string @event, string batchId, string endpoint, int attempt, string failure, TimeSpan retryDelay);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Webhook {Event} batch {BatchId} with {ItemCount} items to {Endpoint} given up after {Attempt} attempts ({Failure})")]
    public static partial void GaveUp(
        ILogger logger, string @event, string batchId, int itemCount, string endpoint, int attempt, string failure);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Webhook work failed unexpectedly")]
    public static partial void Unexpected(ILogger logger, Exception exception);
}
