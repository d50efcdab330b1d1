using Microsoft.Extensions.Logging;

namespace SmsCx.Receiver.Storage;

/// <summary>Log messages of the storage layer.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Receiver database ready: {Database}")]
    public static partial void Ready(ILogger logger, string database);
}
