using System.Text.RegularExpressions;
using SmsCx.Contracts.Serialization;
using SmsCx.Receiver.Domain;

namespace SmsCx.Receiver.Apps;

/// <summary>Checks an <see cref="AppointmentRequest"/> and names every bad field.</summary>
internal static partial class AppointmentValidator
{
    /// <summary>The appointment, or null with <paramref name="errors"/> naming each bad field.</summary>
    /// <param name="request">The request read from the body.</param>
    /// <param name="now">The receiver's clock; the appointment must be later than this.</param>
    /// <param name="errors">Field name to messages; empty when the appointment is valid.</param>
    public static ValidAppointment? Validate(
        AppointmentRequest? request, DateTimeOffset now, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var at = default(DateTimeOffset);
        if (request?.Id is null || !IdPattern().IsMatch(request.Id))
            errors["id"] = ["Required: 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'."];

        if (!PhoneNumber.TryNormalize(request?.Phone, out var phone))
            errors["phone"] = ["Required: a phone number in E.164 format, e.g. +4915112345678."];

        if (!SmsCxTime.TryParse(request?.At, out at))
            errors["at"] = ["Required: a date-time in ISO 8601, e.g. 2036-12-10T10:00:00Z."];
        else if (at <= now)
            errors["at"] = [$"Must be in the future: {at:u} is not later than the receiver's clock ({now:u})."];

        return errors.Count == 0 ? new ValidAppointment(request!.Id!, phone!, at) : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex IdPattern();
}
