namespace SmsCx.Receiver.Apps;

/// <summary>An appointment request that passed validation, with its phone normalised and its time parsed.</summary>
internal sealed record ValidAppointment(string Id, string Phone, DateTimeOffset At);
