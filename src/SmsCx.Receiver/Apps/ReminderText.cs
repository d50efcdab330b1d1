using System.Globalization;

namespace SmsCx.Receiver.Apps;

/// <summary>The reminder SMS text; it names the appointment id so replies and tests can find it.</summary>
public static class ReminderText
{
    /// <summary>
    /// For example <c>Reminder: appointment A-1001 on 10 Dec 2026 10:00 UTC. Reply YES to confirm or NO to cancel.</c>
    /// </summary>
    public static string For(string appointmentId, DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture,
        $"Reminder: appointment {appointmentId} on {at.UtcDateTime:d MMM yyyy HH:mm} UTC. Reply YES to confirm or NO to cancel.");
}
