using System.Text.RegularExpressions;
using SmsCx.Contracts.Serialization;
using SmsCx.Receiver.Domain;

namespace SmsCx.Receiver.Apps;

/// <summary>Checks an <see cref="AppointmentRequest"/> and names every bad field.</summary>
internal static partial class AppointmentValidator
{
    public static ValidAppointment? Validate(AppointmentRequest? request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var phone = request?.Phone is { } p ? PhoneNumber.Normalize(p) : null;
        var at = default(DateTimeOffset);
        if (request?.Id is null || !IdPattern().IsMatch(request.Id))
            errors["id"] = ["Required: 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'."];

        if (phone is null || !E164().IsMatch(phone))
            errors["phone"] = ["Required: a phone number in E.164 format, e.g. +4915112345678."];

        if (!SmsCxTime.TryParse(request?.At, out at))
            errors["at"] = ["Required: a date-time in ISO 8601, e.g. 2026-12-10T10:00:00Z."];

        return errors.Count == 0 ? new ValidAppointment(request!.Id!, phone!, at) : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
