using System.Data.Common;
using SmsCx.Receiver.Storage;

namespace SmsCx.Receiver.Domain;

/// <summary>
/// Acts on one stored reply: YES confirms and NO cancels the customer's latest reminded appointment, STOP adds
/// the number to the opt-outs (source <c>reply</c>) and leaves appointments as they are. Every reply is linked to
/// the appointment it most likely answers, so it shows in the appointment and message views.
/// </summary>
internal static class ReplyEffect
{
    public static void Apply(DbConnection connection, DbTransaction transaction, string replyMsgId)
    {
        var reply = ReadReply(connection, transaction, replyMsgId);
        if (reply is null)
            return;

        var (from, text, receivedAt) = reply.Value;
        var intent = ReplyClassifier.Classify(text);
        var target = FindAppointment(connection, transaction, from);
        ChangeAppointment(connection, transaction, target, intent);
        if (intent == ReplyIntent.OptOut)
            ReceiverDatabase.Execute(connection, transaction, Sql.InsertOptout,
                ("@phone", from), ("@source", "reply"), ("@at", receivedAt));

        ReceiverDatabase.Execute(connection, transaction, """
            UPDATE replies SET intent = @intent, appointment_id = @appointment, reply_to_msg_id = @msg
            WHERE msg_id = @id;
            """,
            ("@intent", IntentNames.Of(intent)), ("@appointment", target?.Id), ("@msg", target?.ReminderMsgId),
            ("@id", replyMsgId));
    }

    private static (string From, string Text, string ReceivedAt)? ReadReply(
        DbConnection connection, DbTransaction transaction, string msgId)
    {
        using var command = ReceiverDatabase.Command(connection, transaction,
            "SELECT from_number, text, received_at FROM replies WHERE msg_id = @id;", ("@id", msgId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    // The latest reminded appointment is the one a YES or NO answers; other replies go to the latest appointment.
    private static AppointmentRef? FindAppointment(DbConnection connection, DbTransaction transaction, string phone)
    {
        using var command = ReceiverDatabase.Command(connection, transaction, """
            SELECT id, status, reminder_msg_id FROM appointments WHERE phone = @phone
            ORDER BY (status = 'reminded') DESC, rowid DESC LIMIT 1;
            """, ("@phone", phone));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new AppointmentRef(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2))
            : null;
    }

    private static void ChangeAppointment(
        DbConnection connection, DbTransaction transaction, AppointmentRef? target, ReplyIntent intent)
    {
        var newStatus = intent switch
        {
            ReplyIntent.Yes => AppointmentStatus.Confirmed,
            ReplyIntent.No => AppointmentStatus.Cancelled,
            _ => null,
        };
        if (target is null || newStatus is null || target.Status != AppointmentStatus.Reminded)
            return;

        ReceiverDatabase.Execute(connection, transaction, "UPDATE appointments SET status = @status WHERE id = @id;",
            ("@status", newStatus), ("@id", target.Id));
    }

    private sealed record AppointmentRef(string Id, string Status, string? ReminderMsgId);
}
