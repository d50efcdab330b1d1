using System.Text.Json;

namespace SmsCx.Receiver.Apps;

/// <summary>
/// Reads the SMS.CX error envelope <c>{ "error": { type, message, code } }</c> tolerantly: a body that is not an
/// envelope still gives a <see cref="SendRefused"/> that names the HTTP status.
/// </summary>
internal static class SmsCxErrorReader
{
    public static async Task<SendOutcome> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var fallback = new SendRefused(status, "unknown", 0, $"HTTP {status} without an SMS.CX error body.");
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement is { ValueKind: JsonValueKind.Object } root
                && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                ? new SendRefused(status, Text(error, "type") ?? "unknown", Code(error), Text(error, "message") ?? "")
                : fallback;
        }
        catch (JsonException)
        {
            return fallback;
        }
    }

    private static string? Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Code(JsonElement error) =>
        error.TryGetProperty("code", out var value) && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt32(out var code) ? code : 0;
}
