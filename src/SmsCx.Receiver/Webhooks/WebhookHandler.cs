using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmsCx.Receiver.Domain;
using SmsCx.Receiver.Storage;

namespace SmsCx.Receiver.Webhooks;

/// <summary>
/// Handles <c>POST {WebhookPath}[/{secret}]</c>: authenticate, read within the size limit, parse item by item,
/// store durably in one transaction, answer 200, then wake the inbox worker for the side effects.
/// </summary>
internal sealed class WebhookHandler(
    IOptions<ReceiverOptions> options, WebhookStore store, InboxSignal signal, ILogger<WebhookHandler> logger)
{
    public async Task<IResult> HandleAsync(HttpRequest request, string? secret, CancellationToken ct)
    {
        if (!WebhookSecret.Matches(options.Value.Secret, secret))
        {
            Log.Unauthorized(logger);
            return TypedResults.Problem("The webhook URL is not valid.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var body = await BodyReader.ReadAsync(request, options.Value.MaxBodyBytes, ct);
        if (body is null)
        {
            Log.TooLarge(logger, options.Value.MaxBodyBytes);
            return TooLarge(options.Value.MaxBodyBytes);
        }

        if (!WebhookParser.TryParse(body, out var batch, out var error))
        {
            Log.BadBody(logger, error);
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid webhook body");
        }

        return await StoreAsync(batch, ct);
    }

    private async Task<IResult> StoreAsync(WebhookBatch batch, CancellationToken ct)
    {
        StoreResult result;
        try
        {
            result = await store.StoreAsync(batch, ct);
        }
        catch (SqliteException ex)
        {
            Log.StorageFailed(logger, ex, batch.Event, batch.Items.Count);
            return TypedResults.Problem("The batch could not be stored; retry later.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable");
        }

        if (result.InboxAdded > 0)
            signal.Notify();

        Log.Stored(logger, batch.Event, result.Applied, result.Duplicates, result.Rejected);
        return TypedResults.Ok(new WebhookAck(result.Applied, result.Duplicates, result.Rejected));
    }

    private static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        $"The body is larger than {limit} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Body too large");
}
