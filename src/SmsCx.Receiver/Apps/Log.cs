using Microsoft.Extensions.Logging;

namespace SmsCx.Receiver.Apps;

/// <summary>Log messages of the appointment app. Phone numbers and the API key are not logged.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Reminder for appointment {AppointmentId} sent as {MsgId} ({Status})")]
    public static partial void ReminderSent(ILogger logger, string appointmentId, string msgId, string status);

    [LoggerMessage(3002, LogLevel.Information, "Appointment {AppointmentId} stored without reminder: number opted out")]
    public static partial void OptedOut(ILogger logger, string appointmentId);

    [LoggerMessage(3003, LogLevel.Warning,
        "SMS.CX refused the reminder for {AppointmentId}: HTTP {HttpStatus} {ErrorType} {ErrorCode}")]
    public static partial void Refused(
        ILogger logger, string appointmentId, int httpStatus, string errorType, int errorCode);

    [LoggerMessage(3004, LogLevel.Warning, "SMS.CX could not be reached")]
    public static partial void Unreachable(ILogger logger, Exception exception);

    [LoggerMessage(3005, LogLevel.Information, "Appointment request refused: {Field} is invalid")]
    public static partial void Invalid(ILogger logger, string field);

    [LoggerMessage(3006, LogLevel.Information, "Appointment request refused: its {Part} is not JSON")]
    public static partial void NotJson(ILogger logger, string part);
}
