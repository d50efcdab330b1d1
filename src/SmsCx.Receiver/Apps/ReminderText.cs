using System.Globalization;

namespace SmsCx.Receiver.Apps;

/// <summary>The reminder SMS text; it names the appointment id so replies and tests can find it.</summary>
public static class ReminderText
{
    /// <summary>
    /// For example <c>Reminder: appointment A-1001 on 10 Dec 2026 10:00 UTC. Reply YES to confirm or NO to cancel.</c>
    /// </summary>
    public static string For(string appointmentId, DateTimeOffset at)
    {
        var when = at.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        return $"Reminder: appointment {appointmentId} on {when} UTC. Reply YES to confirm or NO to cancel.";
    }
}
