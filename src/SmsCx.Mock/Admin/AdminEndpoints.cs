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
            engine.Messages.TryGet(msgId, out var m) ? Results.Ok(MessageView.Of(m)) : NotFound(msgId));
        admin.MapPost("/messages/{msgId}/reply", (string msgId, ReplyRequest body, MockEngine engine) =>
            string.IsNullOrEmpty(body?.Text)
                ? TypedResults.Problem("Give the reply as { \"text\": \"YES\" }.", statusCode: 400)
                : Act(msgId, engine, () => engine.Reply(msgId, body.Text)));
        admin.MapPost("/messages/{msgId}/click", (string msgId, MockEngine engine) =>
            Act(msgId, engine, () => engine.Click(msgId)));
        admin.MapPost("/messages/{msgId}/optout", (string msgId, MockEngine engine) =>
            Act(msgId, engine, () => engine.OptOut(msgId)));
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

        var after = TimeSpan.FromMilliseconds(Math.Max(0, body!.AfterMs ?? 0));
        return Act(msgId, engine, () =>
        {
            engine.SetOutcome(msgId, status, body.ErrorCode, after);
            return MessageView.Of(engine.Messages.TryGet(msgId, out var m) ? m : throw new KeyNotFoundException());
        });
    }

    private static IResult Act<T>(string msgId, MockEngine engine, Func<T> action)
    {
        if (!engine.Messages.TryGet(msgId, out _))
            return NotFound(msgId);
        try
        {
            return TypedResults.Ok(action());
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: 409);
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string msgId) =>
        TypedResults.Problem($"The mock has no message {msgId}.", statusCode: 404);

    private static async ValueTask<object?> RequireAdminKeyAsync(
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
