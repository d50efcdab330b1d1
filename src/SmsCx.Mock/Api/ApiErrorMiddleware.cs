using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SmsCx.Contracts.Errors;

namespace SmsCx.Mock.Api;

/// <summary>
/// Keeps every error of the emulated API in its envelope: an unknown route (404), a known route with another
/// method (405), a body over the size limit (413) and an unexpected exception (500, logged) all answer
/// <c>{ "error": {...} }</c> instead of an empty or HTML body.
/// </summary>
public sealed partial class ApiErrorMiddleware(RequestDelegate next, ILogger<ApiErrorMiddleware> logger)
{
    /// <summary>Runs the rest of the pipeline and rewrites bodiless errors.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var error = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new ErrorDefinition(413, "invalid_body", ApiErrors.InvalidBody.Code, "Request body is too large")
                : ApiErrors.InvalidBody;
            await ApiResults.WriteAsync(context.Response, error, ex.StatusCode == 413 ? null : ex.Message);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, context.Request.Method, context.Request.Path, ex);
            await ApiResults.WriteAsync(context.Response, ApiErrors.ServerError);
            return;
        }

        if (context.Response.HasStarted || context.Response.ContentLength > 0 || context.Response.ContentType is not null)
            return;
        if (context.Response.StatusCode == StatusCodes.Status404NotFound)
            await ApiResults.WriteAsync(context.Response, ApiErrors.RouteNotFound);
        else if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            await ApiResults.WriteAsync(context.Response, ApiErrors.MethodNotAllowed);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Unexpected failure answering {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, string method, PathString path, Exception exception);
}
