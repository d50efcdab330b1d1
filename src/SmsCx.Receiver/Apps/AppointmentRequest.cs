namespace SmsCx.Receiver.Apps;

/// <summary>Body of <c>POST /appointments</c>; every member is checked by <see cref="AppointmentValidator"/>.</summary>
/// <param name="Id">Appointment id, 1 to 64 of <c>A-Z a-z 0-9 . _ -</c>, e.g. <c>A-1001</c>.</param>
/// <param name="Phone">Customer's number in E.164, e.g. <c>+4915112345678</c>.</param>
/// <param name="At">Appointment time, ISO 8601 or <c>yyyy-MM-dd HH:mm:ss</c>; without a zone it is UTC.</param>
public sealed record AppointmentRequest(string? Id, string? Phone, string? At);
