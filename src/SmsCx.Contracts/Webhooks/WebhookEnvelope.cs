using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Webhooks;

/// <summary>
/// Body of every webhook request: <c>{ "event": name, "data": [1..200 items] }</c>, one event type per request.
/// </summary>
/// <typeparam name="TItem">Item type matching <see cref="Event"/>.</typeparam>
public sealed class WebhookEnvelope<TItem>
{
    /// <summary>Event name, one of <see cref="WebhookEvents"/>.</summary>
    [JsonPropertyName("event")]
    public required string Event { get; init; }

    /// <summary>The items, 1 to <see cref="WebhookEvents.MaxItemsPerRequest"/>.</summary>
    [JsonPropertyName("data")]
    public required List<TItem> Data { get; init; }
}
