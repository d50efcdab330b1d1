using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmsCx.Receiver.Domain;
using SmsCx.Receiver.Storage;

namespace SmsCx.Receiver.Webhooks;

/// <summary>
/// Handles <c>POST {WebhookPath}[/{secret}]</c>: authenticate, read within the size limit, check the signature,
/// parse item by item, store durably in one transaction, answer 200, then wake the inbox worker for the side effects.
/// A request that fails a check is answered 401 before anything is stored.
/// </summary>
internal sealed class WebhookHandler(
    IOptions<ReceiverOptions> options, WebhookAuthenticator authenticator, WebhookStore store, InboxSignal signal,
    ILogger<WebhookHandler> logger, TimeProvider time)
{
    public async Task<IResult> HandleAsync(HttpRequest request, string? secret, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        using var activity = WebhookTelemetry.StartRequest(request);
        var handled = await HandleCoreAsync(request, secret, ct);
        WebhookTelemetry.Handled(activity, handled, time.GetElapsedTime(started));
        return handled.Result;
    }

    private async Task<WebhookHandled> HandleCoreAsync(HttpRequest request, string? secret, CancellationToken ct)
    {
        if (authenticator.CheckRequest(request, secret) is { } refused)
            return new(Unauthorized(request, refused), WebhookTelemetry.Rejected, "unauthorized");

        var body = await BodyReader.ReadAsync(request, options.Value.MaxBodyBytes, ct);
        if (body is null)
        {
            Log.TooLarge(logger, options.Value.MaxBodyBytes);
            return new(TooLarge(options.Value.MaxBodyBytes), WebhookTelemetry.Rejected, "too_large");
        }

        if (authenticator.CheckBody(request, body) is { } unsigned)
            return new(Unauthorized(request, unsigned), WebhookTelemetry.Rejected, "unauthorized");

        if (!WebhookParser.TryParse(body, out var batch, out var error))
        {
            Log.BadBody(logger, error);
            var problem = TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid webhook body");
            return new(problem, WebhookTelemetry.Rejected, "bad_body");
        }

        return await StoreAsync(batch, ct);
    }

    private async Task<WebhookHandled> StoreAsync(WebhookBatch batch, CancellationToken ct)
    {
        StoreResult result;
        using (var activity = WebhookTelemetry.StartStore(batch))
        {
            try
            {
                result = await store.StoreAsync(batch, ct);
            }
            catch (DbException ex)
            {
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "storage");
                Log.StorageFailed(logger, ex, batch.Event, batch.Items.Count);
                var problem = TypedResults.Problem("The batch could not be stored; retry later.",
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable");
                return new(problem, WebhookTelemetry.Failed, "storage", batch.Event, batch.Items.Count);
            }
        }

        if (result.InboxAdded > 0)
            signal.Notify();

        Log.Stored(logger, batch.Event, result.Applied, result.Duplicates, result.Rejected);
        var ack = TypedResults.Ok(new WebhookAck(result.Applied, result.Duplicates, result.Rejected));
        return new(ack, WebhookTelemetry.OutcomeOf(result), null, batch.Event, batch.Items.Count, result);
    }

    private ProblemHttpResult Unauthorized(HttpRequest request, string reason)
    {
        Log.Unauthorized(logger, reason);
        if (options.Value.BasicAuthUser is not null)
            request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"webhooks\", charset=\"UTF-8\"";

        return TypedResults.Problem("The webhook request is not authenticated.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
    }

    private static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        $"The body is larger than {limit} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Body too large");
}
