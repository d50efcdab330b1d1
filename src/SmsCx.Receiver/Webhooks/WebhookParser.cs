using System.Text.Json;
using SmsCx.Contracts.Webhooks;

namespace SmsCx.Receiver.Webhooks;

/// <summary>
/// Parses a webhook body item by item with <see cref="JsonDocument"/>, so one bad item never fails its batch.
/// Only a body that is not JSON, or lacks a string <c>event</c> or a 1..200 item <c>data</c> array, is refused.
/// </summary>
internal static class WebhookParser
{
    private const int MaxEventNameLength = 64;

    // Some senders prefix UTF-8 JSON with a byte order mark, which the JSON reader does not skip.
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static bool TryParse(ReadOnlyMemory<byte> body, out WebhookBatch batch, out string error)
    {
        batch = new WebhookBatch(string.Empty, []);
        if (body.Span.StartsWith(Utf8Bom))
            body = body[Utf8Bom.Length..];

        using var document = TryOpen(body, out error);
        if (document is null)
            return false;

        if (!TryReadEnvelope(document.RootElement, out var eventName, out var data, out error))
            return false;

        batch = new WebhookBatch(eventName, [.. data.EnumerateArray().Select(item => ParseItem(eventName, item))]);
        return true;
    }

    private static JsonDocument? TryOpen(ReadOnlyMemory<byte> body, out string error)
    {
        error = string.Empty;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            error = "The body is not valid JSON.";
            return null;
        }
    }

    private static bool TryReadEnvelope(JsonElement root, out string eventName, out JsonElement data, out string error)
    {
        eventName = string.Empty;
        data = default;
        error = "The body must be a JSON object with a string 'event' and an array 'data' of 1 to 200 items.";
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("event", out var eventElement) || eventElement.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("data", out data) || data.ValueKind != JsonValueKind.Array)
            return false;

        eventName = eventElement.GetString() ?? string.Empty;
        var count = data.GetArrayLength();
        return eventName.Length is > 0 and <= MaxEventNameLength && count is > 0 and <= WebhookEvents.MaxItemsPerRequest;
    }

    private static WebhookItem ParseItem(string eventName, JsonElement item) =>
        ItemParser.Handles(eventName)
            ? ItemParser.Parse(eventName, item)
            : new RejectedItem(item.GetRawText(), $"event '{eventName}' is not handled; item ignored");
}
