using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SmsCx.Contracts;
using SmsCx.Contracts.Errors;
using SmsCx.Contracts.Serialization;
using SmsCx.Contracts.Sms;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Api;

/// <summary>
/// The emulated SMS.CX endpoints: <c>POST /sms</c>, <c>POST /sms/estimate</c>, <c>DELETE /sms/scheduled/{msgId}</c>,
/// <c>GET /reports/single/{msgId}</c>, <c>GET /account/balance</c>, the opt-out list and <c>POST /oauth/token</c>.
/// Every answer uses the API's JSON shapes and error envelope.
/// </summary>
public static class MockApiEndpoints
{
    /// <summary>Maps the emulated API onto <paramref name="endpoints"/>.</summary>
    public static IEndpointRouteBuilder MapSmsCxApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(string.Empty).AddEndpointFilter<ApiGateFilter>();
        api.MapPost("/sms", (HttpRequest request, SendService sender, IdempotencyStore idempotency, MockOptions options,
            TimeProvider time, CancellationToken ct) =>
            SendEndpoint.HandleAsync(request, sender, idempotency, options, time, estimate: false, ct))
            .WithMetadata(new RequiredScope("sms"));
        api.MapPost("/sms/estimate", (HttpRequest request, SendService sender, IdempotencyStore idempotency,
            MockOptions options, TimeProvider time, CancellationToken ct) =>
            SendEndpoint.HandleAsync(request, sender, idempotency, options, time, estimate: true, ct))
            .WithMetadata(new RequiredScope("sms"));
        api.MapDelete("/sms/scheduled/{msgId}", DeleteScheduled).WithMetadata(new RequiredScope("sms"));
        api.MapGet("/reports/single/{msgId}", GetReport).WithMetadata(new RequiredScope("reports"));
        api.MapGet("/account/balance", (AccountLedger ledger) =>
            TypedResults.Json(ledger.Snapshot(), SmsCxJson.Context.AccountBalance))
            .WithMetadata(new RequiredScope("account"));
        api.MapOptouts();
        endpoints.MapPost("/oauth/token", OAuthEndpoint.IssueAsync);
        return endpoints;
    }

    private static IResult DeleteScheduled(string msgId, MockEngine engine, AccountLedger ledger)
    {
        if (!Guid.TryParseExact(msgId, "D", out _))
            return ApiResults.Error(ApiErrors.ScheduledIdInvalid);

        MockMessage? message;
        try
        {
            message = engine.CancelScheduled(msgId.ToLowerInvariant());
        }
        catch (InvalidOperationException)
        {
            return ApiResults.Error(ApiErrors.NotScheduled);
        }

        if (message is null)
            return ApiResults.Error(ApiErrors.ScheduledNotFound);

        ledger.Refund(message.Cost);
        var info = new DeleteScheduledInfo { MsgId = message.MsgId, Parts = message.Parts, CreditReturned = message.Cost };
        return TypedResults.Json(new DeleteScheduledResponse { Info = info }, SmsCxJson.Context.DeleteScheduledResponse);
    }

    private static IResult GetReport(string msgId, MockEngine engine)
    {
        if (!Guid.TryParseExact(msgId, "D", out _))
            return ApiResults.Error(ApiErrors.MessageIdInvalid);
        if (!engine.Messages.TryGet(msgId.ToLowerInvariant(), out var message))
            return ApiResults.Error(ApiErrors.MessageNotFound);

        var status = message.Status;
        var report = new MessageReport
        {
            MsgId = message.MsgId,
            Status = status,
            StatusCode = MessageStatusTable.CodeOf(status),
            ErrorCode = message.ErrorCode,
            InQuietHours = false,
            CreatedAt = message.CreatedAt,
            UpdatedAt = message.UpdatedAt,
            ScheduledAt = message.ScheduledAt,
            Cost = message.Cost,
            To = message.To,
            CountryIso = message.CountryIso,
            From = message.From,
            Text = message.Text,
            TextAnalysis = message.Analysis,
        };
        return TypedResults.Json(new ReportSingleResponse { Data = report }, SmsCxJson.Context.ReportSingleResponse);
    }
}
