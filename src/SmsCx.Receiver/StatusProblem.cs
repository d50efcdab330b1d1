using Microsoft.AspNetCore.Http;

namespace SmsCx.Receiver;

/// <summary>Says what a client got wrong when the pipeline itself refused its request.</summary>
internal static class StatusProblem
{
    private const string QueryEndpoints = "POST /appointments, GET /messages/{msgId}, GET /appointments/{id}, " +
        "GET /optouts, GET /stats, GET /rejected, GET /health";

    public static string Detail(HttpRequest request, HttpResponse response, string webhookPath) =>
        response.StatusCode switch
        {
            StatusCodes.Status404NotFound =>
                $"No endpoint at {request.Path}. The receiver serves POST {webhookPath}, {QueryEndpoints}.",
            StatusCodes.Status405MethodNotAllowed => MethodNotAllowed(request, response, webhookPath),
            StatusCodes.Status415UnsupportedMediaType =>
                $"{request.Method} {request.Path} takes a JSON body with Content-Type: application/json.",
            >= StatusCodes.Status500InternalServerError =>
                "The receiver failed to handle the request; the error is in its log.",
            _ => $"The receiver could not handle {request.Method} {request.Path}.",
        };

    private static string MethodNotAllowed(HttpRequest request, HttpResponse response, string webhookPath)
    {
        if (IsWebhookPath(request.Path, webhookPath))
            return $"POST webhooks to {webhookPath}; {request.Method} is not allowed there.";

        var allowed = response.Headers.Allow.ToString();
        return allowed.Length == 0
            ? $"{request.Method} is not allowed on {request.Path}."
            : $"{request.Method} is not allowed on {request.Path}; use {allowed}.";
    }

    private static bool IsWebhookPath(PathString path, string webhookPath) =>
        path.StartsWithSegments(webhookPath, StringComparison.OrdinalIgnoreCase);
}
