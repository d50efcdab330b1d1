namespace SmsCx.Receiver.Api;

/// <summary>Answer of <c>GET /appointments/{id}</c>.</summary>
/// <param name="Id">Appointment id.</param>
/// <param name="Phone">Customer's number.</param>
/// <param name="At">Appointment time (UTC).</param>
/// <param name="Status"><c>pending</c>, <c>reminded</c>, <c>confirmed</c>, <c>cancelled</c>, <c>opted-out</c> or <c>not-sent</c>.</param>
/// <param name="ReminderMsgId">SMS.CX msgId of the reminder, or null.</param>
/// <param name="Replies">The customer's replies linked to this appointment, oldest first.</param>
public sealed record AppointmentView(
    string Id, string Phone, DateTimeOffset At, string Status, string? ReminderMsgId, IReadOnlyList<ReplyView> Replies);
