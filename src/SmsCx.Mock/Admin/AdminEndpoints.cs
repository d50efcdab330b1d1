using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SmsCx.Contracts;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Admin;

/// <summary>
/// The mock's own control API under <c>/_mock/</c>, a prefix the real API never uses: list messages and the
/// webhook journal, make a customer reply, click or opt out, set an outcome, reset. Requires the
/// <c>X-Admin-Key</c> header when <see cref="MockOptions.AdminKey"/> is set. Errors are problem details.
/// </summary>
public static class AdminEndpoints
{
    /// <summary>Maps the admin API onto <paramref name="endpoints"/>.</summary>
    public static IEndpointRouteBuilder MapSmsCxAdmin(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var admin = endpoints.MapGroup("/_mock").AddEndpointFilter(RequireAdminKeyAsync);
        admin.MapGet("/messages", (MockEngine engine) => engine.Messages.Snapshot().Select(MessageView.Of));
        admin.MapGet("/messages/{msgId}", (string msgId, MockEngine engine) =>
            engine.Messages.TryGet(msgId.ToLowerInvariant(), out var m) ? Results.Ok(MessageView.Of(m)) : NotFound(msgId));
        admin.MapPost("/messages/{msgId}/reply", (string msgId, ReplyRequest body, MockEngine engine) =>
            string.IsNullOrEmpty(body?.Text) || body.Text.Length > 1600
                ? TypedResults.Problem("Give the reply as { \"text\": \"YES\" }, 1 to 1600 characters.", statusCode: 400)
                : Act(msgId, engine, id => engine.Reply(id, body.Text)));
        admin.MapPost("/messages/{msgId}/click", (string msgId, MockEngine engine) =>
            Act(msgId, engine, engine.Click));
        admin.MapPost("/messages/{msgId}/optout", (string msgId, MockEngine engine) =>
            Act(msgId, engine, engine.OptOut));
        admin.MapPost("/messages/{msgId}/outcome", SetOutcome);
        admin.MapGet("/journal", (MockEngine engine) => engine.Journal.Snapshot());
        admin.MapPost("/reset", (MockEngine engine) =>
        {
            engine.Reset();
            return TypedResults.NoContent();
        });
        return endpoints;
    }

    private static IResult SetOutcome(string msgId, OutcomeRequest body, MockEngine engine)
    {
        if (!MessageStatusTable.TryParse(body?.Status, out var status)
            || status is not (MessageStatus.Sent or MessageStatus.Delivered or MessageStatus.Failed))
        {
            return TypedResults.Problem("status must be SENT, DELIVERED or FAILED.", statusCode: 400);
        }

        if (body!.ErrorCode is not null && (status != MessageStatus.Failed || body.ErrorCode is < 0 or > 65_535))
            return TypedResults.Problem("errorCode goes only with FAILED and must be 0 to 65535.", statusCode: 400);
        if (body.AfterMs is < 0 or > 86_400_000)
            return TypedResults.Problem("afterMs must be 0 to 86400000 (one day).", statusCode: 400);

        var after = TimeSpan.FromMilliseconds(body.AfterMs ?? 0);
        return Act(msgId, engine, id =>
        {
            engine.SetOutcome(id, status, body.ErrorCode, after);
            return MessageView.Of(engine.Messages.TryGet(id, out var m) ? m : throw new KeyNotFoundException());
        });
    }

    private static IResult Act<T>(string msgId, MockEngine engine, Func<string, T> action)
    {
        var id = msgId.ToLowerInvariant();
        if (!engine.Messages.TryGet(id, out _))
            return NotFound(msgId);
        try
        {
            return TypedResults.Ok(action(id));
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: 409);
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string msgId) =>
        TypedResults.Problem($"The mock has no message {msgId}.", statusCode: 404);

    // Shared with the inspector's state endpoint, so every data-bearing /_mock/ route checks the key the same way.
    internal static async ValueTask<object?> RequireAdminKeyAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var options = context.HttpContext.RequestServices.GetService(typeof(MockOptions)) as MockOptions;
        if (options?.AdminKey is { Length: > 0 } key)
        {
            var given = Encoding.UTF8.GetBytes(context.HttpContext.Request.Headers["X-Admin-Key"].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key)))
                return TypedResults.Problem("Send the mock's admin key in the X-Admin-Key header.", statusCode: 401);
        }

        return await next(context);
    }
}
