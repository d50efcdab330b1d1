using System.Text.Json;
using SmsCx.Contracts;
using SmsCx.Contracts.Webhooks;
using SmsCx.Receiver.Domain;

namespace SmsCx.Receiver.Webhooks;

/// <summary>Turns one JSON item of a handled event into a <see cref="WebhookItem"/>; never throws for bad input.</summary>
internal static class ItemParser
{
    /// <summary>The events whose items the receiver applies; any other event is set aside item by item.</summary>
    public static bool Handles(string eventName) => eventName is WebhookEvents.DlrUpdate or WebhookEvents.ReceiveSms
        or WebhookEvents.ShortlinkHit or WebhookEvents.ShortlinkHitUpdate or WebhookEvents.NewOptout;

    public static WebhookItem Parse(string eventName, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
            return new RejectedItem(item.GetRawText(), "item is not a JSON object");

        var fields = new ItemFields(item);
        WebhookItem parsed = eventName switch
        {
            WebhookEvents.DlrUpdate => Dlr(fields),
            WebhookEvents.ReceiveSms => Reply(fields),
            WebhookEvents.NewOptout => Optout(fields),
            _ => Hit(fields),
        };

        return fields.Error is null ? parsed : new RejectedItem(item.GetRawText(), fields.Error);
    }

    private static DlrItem Dlr(ItemFields fields)
    {
        var msgId = MessageId.Normalize(fields.RequiredString("msgId"));
        var status = fields.RequiredStatus("status");
        var code = fields.NullableInt("statusCode") ?? MessageStatusTable.CodeOf(status);
        return new DlrItem(msgId, status, code, fields.NullableInt("errorCode"), fields.RequiredTime("datetime"));
    }

    private static ReplyItem Reply(ItemFields fields) => new(
        MessageId.Normalize(fields.RequiredString("msgId")),
        fields.RequiredPhone("from"),
        fields.OptionalString("to"),
        fields.OptionalString("text") ?? string.Empty,
        fields.RequiredTime("receivedAt"));

    private static HitItem Hit(ItemFields fields)
    {
        var hitId = fields.RequiredLong("hitId");
        var isBot = BotDetector.IsBot(
            fields.OptionalString("browser"), fields.OptionalString("os"), fields.OptionalString("device"));
        var phone = fields.OptionalPhone("phoneNumber");
        return new HitItem(hitId, fields.OptionalString("shortlinkId"), phone, isBot, fields.RequiredTime("datetime"));
    }

    private static OptoutItem Optout(ItemFields fields)
    {
        var hitId = fields.RequiredLong("hitId");
        var phone = fields.RequiredPhone("phoneNumber");
        var type = OptoutSource(fields.OptionalString("optoutType"));
        return new OptoutItem(hitId, phone, type, fields.RequiredTime("datetime"));
    }

    private static string OptoutSource(string? optoutType) =>
        string.Equals(optoutType, "admin", StringComparison.OrdinalIgnoreCase) ? "admin" : "link";
}
