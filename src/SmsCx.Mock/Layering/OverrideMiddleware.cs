using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SmsCx.Mock.Layering;

/// <summary>Runs the <see cref="OverrideLayer"/> in front of the emulated API; unmatched requests go on unchanged.</summary>
public sealed partial class OverrideMiddleware(RequestDelegate next, OverrideLayer layer, ILogger<OverrideMiddleware> logger)
{
    /// <summary>Answers from a matching mapping, or passes the request on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await layer.TryAnswerAsync(context))
        {
            LogOverridden(logger, context.Request.Method, context.Request.Path, context.Response.StatusCode);
            return;
        }

        await next(context);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} by a WireMock override")]
    private static partial void LogOverridden(ILogger logger, string method, PathString path, int status);
}
