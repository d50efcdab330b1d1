using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using SmsCx.Contracts;
using SmsCx.Receiver.Domain;
using SmsCx.Receiver.Storage;
using CreateResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Created<SmsCx.Receiver.Apps.AppointmentCreated>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace SmsCx.Receiver.Apps;

/// <summary>
/// Handles <c>POST /appointments</c>: validate, store, and send the reminder through SMS.CX unless the number is
/// opted out. The appointment id is stored before sending, so two requests with one id never send twice.
/// </summary>
internal sealed class AppointmentHandler(
    AppointmentStore store, SmsCxClient smsCx, TimeProvider time, ILogger<AppointmentHandler> logger)
{
    private const string ExpectedShape =
        "a JSON object of strings, e.g. {\"id\": \"A-1001\", \"phone\": \"+4915112345678\", " +
        "\"at\": \"2036-12-10T10:00:00Z\"}";

    public async Task<CreateResult> CreateAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            Log.NotJson(logger, "content type");
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Send the appointment with Content-Type: application/json as {ExpectedShape}.");
        }

        var body = await AppointmentBody.ReadAsync(request.Body, ct);
        if (body.Problem is { } problem)
        {
            Log.NotJson(logger, "body");
            return Problem(StatusCodes.Status400BadRequest, "Invalid appointment",
                $"{problem}; expected {ExpectedShape}.");
        }

        var appointment = AppointmentValidator.Validate(body.Request, time.GetUtcNow(), out var errors);
        if (appointment is null)
        {
            Log.Invalid(logger, string.Join(',', errors.Keys));
            return TypedResults.ValidationProblem(errors, title: "Invalid appointment");
        }

        var optedOut = store.IsOptedOut(appointment.Phone);
        var status = optedOut ? AppointmentStatus.OptedOut : AppointmentStatus.Pending;
        if (!await store.TryInsertAsync(appointment.Id, appointment.Phone, appointment.At, status, ct))
            return TypedResults.Problem($"Appointment '{appointment.Id}' exists already.",
                statusCode: StatusCodes.Status409Conflict, title: "Duplicate appointment");

        if (!optedOut)
            return await RemindAsync(appointment, ct);

        Log.OptedOut(logger, appointment.Id);
        return Created(appointment, AppointmentStatus.OptedOut, null);
    }

    private async Task<CreateResult> RemindAsync(ValidAppointment appointment, CancellationToken ct)
    {
        var outcome = await SendOrReleaseAsync(appointment, ct);
        if (outcome is SendAccepted { Message: var message })
        {
            var status = message.Status is MessageStatus.Rejected or MessageStatus.NoCoverage
                ? AppointmentStatus.NotSent : AppointmentStatus.Reminded;

            // The SMS is out; recording it must not depend on the caller still waiting.
            await store.RecordReminderAsync(appointment.Id, status, message, CancellationToken.None);
            var msgId = MessageId.Normalize(message.MsgId);
            Log.ReminderSent(logger, appointment.Id, msgId, MessageStatusTable.WireName(message.Status));
            return Created(appointment, status, msgId);
        }

        // Nothing was sent, so the id is freed for a retry.
        await store.DeleteAsync(appointment.Id, CancellationToken.None);
        return BadGateway(appointment.Id, outcome);
    }

    private async Task<SendOutcome> SendOrReleaseAsync(ValidAppointment appointment, CancellationToken ct)
    {
        try
        {
            return await smsCx.SendAsync(appointment.Phone, ReminderText.For(appointment.Id, appointment.At), ct);
        }
        catch (OperationCanceledException)
        {
            await store.DeleteAsync(appointment.Id, CancellationToken.None);
            throw;
        }
    }

    private ProblemHttpResult BadGateway(string appointmentId, SendOutcome outcome)
    {
        if (outcome is SendRefused refused)
        {
            Log.Refused(logger, appointmentId, refused.HttpStatus, refused.Type, refused.Code);
            return TypedResults.Problem(
                $"SMS.CX refused the reminder: {refused.Type} (code {refused.Code}): {refused.Message}",
                statusCode: StatusCodes.Status502BadGateway, title: "SMS.CX error",
                extensions: new Dictionary<string, object?>
                {
                    ["smsCxStatus"] = refused.HttpStatus,
                    ["smsCxErrorType"] = refused.Type,
                    ["smsCxErrorCode"] = refused.Code,
                    ["smsCxErrorMessage"] = refused.Message,
                });
        }

        return TypedResults.Problem(((SendUnavailable)outcome).Reason,
            statusCode: StatusCodes.Status502BadGateway, title: "SMS.CX unavailable");
    }

    private static Created<AppointmentCreated> Created(ValidAppointment appointment, string status, string? msgId) =>
        TypedResults.Created(
        $"/appointments/{Uri.EscapeDataString(appointment.Id)}",
        new AppointmentCreated(appointment.Id, appointment.Phone, appointment.At, status, msgId));

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
