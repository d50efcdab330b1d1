using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SmsCx.Receiver;

/// <summary>
/// The receiver's middleware; call before <see cref="ReceiverEndpointRouteBuilderExtensions.MapSmsCxReceiver"/>.
/// </summary>
public static class ReceiverApplicationBuilderExtensions
{
    /// <summary>
    /// Answers every 4xx or 5xx that the pipeline produces without a body (no matching route, wrong method,
    /// unsupported media type, an unhandled exception) with RFC 7807 problem details saying what was expected.
    /// Answers that already carry a body, such as the webhook endpoint's, are left as they are.
    /// </summary>
    public static IApplicationBuilder UseSmsCxReceiverProblems(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        return app.UseStatusCodePages(WriteProblemAsync);
    }

    private static async Task WriteProblemAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var webhookPath = http.RequestServices.GetRequiredService<IOptions<ReceiverOptions>>().Value.WebhookPath;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = http.Response.StatusCode,
                Detail = StatusProblem.Detail(http.Request, http.Response, webhookPath),
            },
        });
    }
}
