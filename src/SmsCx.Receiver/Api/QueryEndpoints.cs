using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SmsCx.Receiver.Domain;
using SmsCx.Receiver.Storage;

namespace SmsCx.Receiver.Api;

/// <summary>The read-only query API scenarios assert against.</summary>
internal static class QueryEndpoints
{
    public static IEndpointRouteBuilder MapQueryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/messages/{msgId}", GetMessage);
        endpoints.MapGet("/appointments/{id}", GetAppointment);
        endpoints.MapGet("/optouts", (QueryStore store) => TypedResults.Ok(store.Optouts()));
        endpoints.MapGet("/rejected", (QueryStore store) => TypedResults.Ok(store.Rejected()));
        endpoints.MapGet("/stats", (QueryStore store) => TypedResults.Ok(store.Stats()));
        endpoints.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        return endpoints;
    }

    private static Results<Ok<MessageView>, ProblemHttpResult> GetMessage(string msgId, QueryStore store) =>
        store.FindMessage(MessageId.Normalize(msgId)) is { } message
            ? TypedResults.Ok(message)
            : NotFound($"No message '{msgId}' is known.");

    private static Results<Ok<AppointmentView>, ProblemHttpResult> GetAppointment(string id, QueryStore store) =>
        store.FindAppointment(id) is { } appointment
            ? TypedResults.Ok(appointment)
            : NotFound($"No appointment '{id}' is known.");

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
