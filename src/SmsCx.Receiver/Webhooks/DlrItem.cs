using SmsCx.Contracts;

namespace SmsCx.Receiver.Webhooks;

/// <summary>A valid <c>dlr_update</c> item; <see cref="MsgId"/> is normalised to lower case.</summary>
internal sealed record DlrItem(
    string MsgId, MessageStatus Status, int StatusCode, int? ErrorCode, DateTimeOffset Datetime) : WebhookItem;
