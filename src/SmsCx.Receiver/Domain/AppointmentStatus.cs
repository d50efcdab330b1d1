namespace SmsCx.Receiver.Domain;

/// <summary>Values of an appointment's <c>status</c>.</summary>
public static class AppointmentStatus
{
    /// <summary>Stored; the reminder is being sent.</summary>
    public const string Pending = "pending";

    /// <summary>The reminder was accepted by SMS.CX; a YES or NO reply now changes the status.</summary>
    public const string Reminded = "reminded";

    /// <summary>The customer replied YES (or a variant).</summary>
    public const string Confirmed = "confirmed";

    /// <summary>The customer replied NO (or a variant).</summary>
    public const string Cancelled = "cancelled";

    /// <summary>The number is opted out; no reminder was sent.</summary>
    public const string OptedOut = "opted-out";

    /// <summary>SMS.CX took the send but did not accept the message (REJECTED or NO COVERAGE).</summary>
    public const string NotSent = "not-sent";
}
