namespace SmsCx.Receiver.Apps;

/// <summary>Answer of <c>POST /appointments</c> (201).</summary>
/// <param name="Id">Appointment id.</param>
/// <param name="Phone">Customer's number, normalised.</param>
/// <param name="At">Appointment time, UTC.</param>
/// <param name="Status"><c>reminded</c>, <c>opted-out</c> or <c>not-sent</c> (see <c>AppointmentStatus</c>).</param>
/// <param name="ReminderMsgId">SMS.CX msgId of the reminder, or null when none was sent.</param>
public sealed record AppointmentCreated(string Id, string Phone, DateTimeOffset At, string Status, string? ReminderMsgId);
