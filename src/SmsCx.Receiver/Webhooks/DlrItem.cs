using SmsCx.Contracts;

namespace SmsCx.Receiver.Webhooks;

/// <summary>A valid <c>dlr_update</c> item.</summary>
internal sealed record DlrItem(
    string MsgId, MessageStatus Status, int StatusCode, int? ErrorCode, DateTimeOffset Datetime) : WebhookItem;
