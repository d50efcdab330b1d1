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
/// The emulated SMS.CX endpoints: <c>POST /sms</c>, <c>POST /sms/estimate</c>, <c>GET /reports/single/{msgId}</c>
/// and <c>POST /oauth/token</c>. Every answer uses the API's JSON shapes and error envelope.
/// </summary>
public static class MockApiEndpoints
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 32 };

    /// <summary>Maps the emulated API onto <paramref name="endpoints"/>.</summary>
    public static IEndpointRouteBuilder MapSmsCxApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(string.Empty).AddEndpointFilter<ApiGateFilter>();
        api.MapPost("/sms", (HttpRequest request, SendService sender, TimeProvider time, CancellationToken ct) =>
            SendAsync(request, sender, time, estimate: false, ct));
        api.MapPost("/sms/estimate", (HttpRequest request, SendService sender, TimeProvider time, CancellationToken ct) =>
            SendAsync(request, sender, time, estimate: true, ct));
        api.MapGet("/reports/single/{msgId}", GetReport);
        endpoints.MapPost("/oauth/token", OAuthEndpoint.IssueAsync);
        return endpoints;
    }

    private static async Task<IResult> SendAsync(
        HttpRequest request, SendService sender, TimeProvider time, bool estimate, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, s_documentOptions, ct);
        }
        catch (JsonException ex)
        {
            return ApiResults.Error(ApiErrors.InvalidBody, $"Request body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var validation = SendSmsValidator.Validate(document.RootElement, time.GetUtcNow(), allowIdempotencyId: !estimate);
            if (validation.Error is not null)
                return ApiResults.Error(validation.Error, validation.Message, validation.Invalid);

            var (response, error) = sender.Send(validation.Send!, estimate);
            if (error is not null)
                return ApiResults.Error(error);

            if (!estimate && document.RootElement.TryGetProperty("idempotencyId", out var id) && id.ValueKind == JsonValueKind.String)
                request.HttpContext.Response.Headers["X-Idempotency-Id"] = id.GetString();
            return TypedResults.Json(response, SmsCxJsonContext.Default.SendSmsResponse);
        }
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
        return TypedResults.Json(new ReportSingleResponse { Data = report }, SmsCxJsonContext.Default.ReportSingleResponse);
    }
}
