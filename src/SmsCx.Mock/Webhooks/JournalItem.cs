namespace SmsCx.Mock.Webhooks;

/// <summary>What a journal entry records of one webhook item, enough to find it in assertions.</summary>
/// <param name="MsgId">Message id (<c>dlr_update</c>, <c>receive_sms</c>), or <see langword="null"/>.</param>
/// <param name="Status">Status wire name (<c>dlr_update</c>), or <see langword="null"/>.</param>
/// <param name="HitId">Hit id (<c>shortlink_hit</c>, <c>new_optout</c>), or <see langword="null"/>.</param>
/// <param name="PhoneNumber">Customer's number, or <see langword="null"/>.</param>
/// <param name="RelatedMsgId">Message the item concerns: the replied-to, clicked or opted-out-from message.</param>
public sealed record JournalItem(
    string? MsgId,
    string? Status,
    long? HitId,
    string? PhoneNumber,
    string? RelatedMsgId = null);
