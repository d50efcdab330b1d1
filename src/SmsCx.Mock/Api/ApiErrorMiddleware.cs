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

        var response = context.Response;
        if (response.HasStarted || response.ContentLength > 0 || response.ContentType is not null || response.StatusCode < 400)
            return;
        if (context.Request.Path.StartsWithSegments("/_mock"))
        {
            // The admin API is ours, so its errors are problem details, not the SMS.CX envelope.
            await TypedResults.Problem(AdminDetail(response.StatusCode), statusCode: response.StatusCode).ExecuteAsync(context);
            return;
        }

        var definition = response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ApiErrors.RouteNotFound,
            StatusCodes.Status405MethodNotAllowed => ApiErrors.MethodNotAllowed,
            StatusCodes.Status413PayloadTooLarge => new ErrorDefinition(413, "invalid_body", ApiErrors.InvalidBody.Code, "Request body is too large"),
            StatusCodes.Status415UnsupportedMediaType => new ErrorDefinition(415, "invalid_body", ApiErrors.InvalidBody.Code, "Send the body as application/json"),
            < 500 => new ErrorDefinition(response.StatusCode, "invalid_body", ApiErrors.InvalidBody.Code, "The request could not be read"),
            _ => ApiErrors.ServerError with { HttpStatus = response.StatusCode },
        };
        await ApiResults.WriteAsync(response, definition);
    }

    private static string AdminDetail(int status) => status switch
    {
        StatusCodes.Status404NotFound => "No such admin resource; see the README's admin API table (/_mock/messages, /_mock/journal, /_mock/reset).",
        StatusCodes.Status405MethodNotAllowed => "This admin resource does not take that method; see the README's admin API table.",
        StatusCodes.Status413PayloadTooLarge => "The body is larger than the mock accepts (4 MiB).",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => "The request could not be read: send a JSON body as the README's admin API table shows, e.g. { \"text\": \"YES\" }.",
    };

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Unexpected failure answering {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, string method, PathString path, Exception exception);
}
