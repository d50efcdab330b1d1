using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SmsCx.Contracts.Errors;
using SmsCx.Contracts.Serialization;

namespace SmsCx.Mock.Api;

/// <summary>
/// <c>POST /sms</c> and <c>POST /sms/estimate</c>: read the body, validate it, send (or price) it, and honour
/// <c>idempotencyId</c> by replaying the first answer (see <see cref="IdempotencyStore"/>).
/// </summary>
public static class SendEndpoint
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 32 };

    /// <summary>Handles one send or estimate request.</summary>
    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        SendService sender,
        IdempotencyStore idempotency,
        MockOptions options,
        TimeProvider time,
        bool estimate,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(idempotency);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        using var activity = SendTelemetry.Start();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length), s_documentOptions);
        }
        catch (JsonException ex)
        {
            SendTelemetry.Refuse(activity, ApiErrors.InvalidBody.Code);
            return ApiResults.Error(ApiErrors.InvalidBody, $"Request body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var validation = SendSmsValidator.Validate(document.RootElement, time.GetUtcNow(), !estimate, options.Shortlinks);
            if (validation.Error is not null)
            {
                SendTelemetry.Refuse(activity, validation.Error.Code);
                return ApiResults.Error(validation.Error, validation.Message, validation.Invalid);
            }

            var send = validation.Send!;
            SendTelemetry.Numbers(activity, send.Recipients.Count);
            var executed = false;
            var execute = () =>
            {
                executed = true;
                return ExecuteAsync(sender, send, estimate, options.Webhooks.Timeout, activity);
            };
            if (send.IdempotencyId is not { } idempotencyId)
                return Answer(await execute());

            var credential = request.HttpContext.Items[ApiGateFilter.CredentialKey] as string ?? string.Empty;
            var hash = Convert.ToHexString(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)));
            var (answer, conflict) = await idempotency.RunAsync(
                credential + "\n" + idempotencyId.ToLowerInvariant(), hash, execute);
            if (conflict)
            {
                SendTelemetry.Refuse(activity, ApiErrors.IdempotencyConflict.Code);
                return ApiResults.Error(ApiErrors.IdempotencyConflict);
            }

            if (!executed)
                SendTelemetry.Answered(activity, SendTelemetry.Replayed, null);

            request.HttpContext.Response.Headers["X-Idempotency-Id"] = idempotencyId;
            return Answer(answer);
        }
    }

    private static async Task<StoredAnswer> ExecuteAsync(
        SendService sender, ValidatedSend send, bool estimate, TimeSpan wait, Activity? activity)
    {
        var (response, error, earlyReports) = sender.Send(send, estimate);
        if (error is not null)
            SendTelemetry.Refuse(activity, error.Code);
        else
            SendTelemetry.Answered(activity, estimate ? SendTelemetry.Estimated : SendTelemetry.Accepted, response);
        if (!earlyReports.IsCompleted)
        {
            // The early report must reach the receiver first; a receiver that does not answer cannot hold the send.
            await Task.WhenAny(earlyReports, Task.Delay(wait));
        }

        return error is not null
            ? new StoredAnswer(error.HttpStatus, JsonSerializer.SerializeToUtf8Bytes(error.ToEnvelope(), SmsCxJson.Context.ErrorEnvelope))
            : new StoredAnswer(200, JsonSerializer.SerializeToUtf8Bytes(response!, SmsCxJson.Context.SendSmsResponse));
    }

    private static StoredAnswerResult Answer(StoredAnswer answer) => new(answer);

    /// <summary>Writes a stored answer as it was first produced.</summary>
    private sealed class StoredAnswerResult(StoredAnswer answer) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = answer.Status;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.ContentLength = answer.Body.Length;
            return httpContext.Response.Body.WriteAsync(answer.Body).AsTask();
        }
    }
}
