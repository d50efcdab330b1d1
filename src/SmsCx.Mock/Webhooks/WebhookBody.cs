using System.Text;
using System.Text.Json;

namespace SmsCx.Mock.Webhooks;

/// <summary>Builds the <c>{ "event": ..., "data": [...] }</c> request body from serialized items.</summary>
public static class WebhookBody
{
    /// <summary>Returns the UTF-8 body for <paramref name="eventName"/> with <paramref name="items"/> in order.</summary>
    public static byte[] Build(string eventName, IReadOnlyList<WebhookItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("event", eventName);
            writer.WriteStartArray("data");
            foreach (var item in items)
                writer.WriteRawValue(item.Json.Span, skipInputValidation: true);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The body as text, cut to <paramref name="maxChars"/> characters with a marker when cut.</summary>
    public static string ForJournal(byte[] body, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= maxChars ? text : string.Concat(text.AsSpan(0, maxChars), "…(truncated)");
    }
}
