using SmsCx.Contracts;
using SmsCx.Contracts.Sms;
using SmsCx.Receiver.Domain;

namespace SmsCx.Receiver.Storage;

/// <summary>Writes appointments and the messages sent for them.</summary>
internal sealed class AppointmentStore(ReceiverDatabase database, TimeProvider time)
{
    /// <summary>Stores a new appointment; false when the id exists already.</summary>
    public Task<bool> TryInsertAsync(string id, string phone, DateTimeOffset at, string status, CancellationToken ct) =>
        database.WriteAsync((connection, transaction) => ReceiverDatabase.Execute(
            connection, transaction, Sql.InsertAppointment,
            ("@id", id), ("@phone", phone), ("@at", DbTime.Write(at)), ("@status", status),
            ("@now", DbTime.Write(time.GetUtcNow()))) == 1, ct);

    public bool IsOptedOut(string phone)
    {
        using var connection = database.Open();
        using var command = ReceiverDatabase.Command(connection, null,
            "SELECT 1 FROM optouts WHERE phone_number = @phone;", ("@phone", phone));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>
    /// Records the sent reminder in <c>messages</c> and on the appointment, in one transaction, under the normalised
    /// message id (see <see cref="MessageId"/>).
    /// </summary>
    public Task RecordReminderAsync(string id, string status, SentMessage message, CancellationToken ct) =>
        database.WriteAsync((connection, transaction) =>
        {
            var msgId = MessageId.Normalize(message.MsgId);
            ReceiverDatabase.Execute(connection, transaction, Sql.UpsertSentMessage, ("@id", msgId),
                ("@to", message.To), ("@status", MessageStatusTable.WireName(message.Status)),
                ("@code", message.StatusCode), ("@rank", MessageStatusTable.Rank(message.Status)),
                ("@err", message.ErrorCode), ("@at", DbTime.Write(message.CreatedAt)), ("@appointment", id));
            return ReceiverDatabase.Execute(connection, transaction,
                "UPDATE appointments SET status = @status, reminder_msg_id = @msg WHERE id = @id;",
                ("@id", id), ("@status", status), ("@msg", msgId));
        }, ct);

    /// <summary>Removes an appointment whose reminder could not be sent, so the client can retry with the same id.</summary>
    public Task DeleteAsync(string id, CancellationToken ct) =>
        database.WriteAsync((connection, transaction) => ReceiverDatabase.Execute(connection, transaction,
            "DELETE FROM appointments WHERE id = @id;", ("@id", id)), ct);
}
