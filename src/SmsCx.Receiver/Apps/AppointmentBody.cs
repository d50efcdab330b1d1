using System.Text.Json;

namespace SmsCx.Receiver.Apps;

/// <summary>
/// The body of <c>POST /appointments</c> read apart from its validation, so a body that is not JSON, or not a JSON
/// object of strings, is told so instead of being reported as missing every field.
/// </summary>
internal sealed record AppointmentBody(AppointmentRequest? Request, string? Problem)
{
    public static async Task<AppointmentBody> ReadAsync(Stream body, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return new AppointmentBody(null, "The body is not valid JSON");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return new AppointmentBody(null, "The body is JSON but not an object");

            try
            {
                return new AppointmentBody(document.Deserialize<AppointmentRequest>(JsonSerializerOptions.Web), null);
            }
            catch (JsonException ex)
            {
                return new AppointmentBody(null, $"The body's member at {ex.Path} is not a string");
            }
        }
    }
}
