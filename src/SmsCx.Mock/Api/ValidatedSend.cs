using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Api;

/// <summary>A send request that passed validation, with its recipients checked and its values normalised.</summary>
/// <param name="Recipients">Every recipient, valid or not, in request order.</param>
/// <param name="From">Sender name.</param>
/// <param name="Text">Text before placeholder substitution.</param>
/// <param name="ScheduledAt">Scheduled send time, or <see langword="null"/> to send now.</param>
/// <param name="CallbackUrl">Delivery-report URL of this send, or <see langword="null"/>.</param>
/// <param name="TrackData">Valid client correlation id, or <see langword="null"/> (invalid ones are dropped).</param>
/// <param name="ShortResponse">True to answer with an empty <c>data</c>.</param>
/// <param name="NoTextDetails">True to leave <c>text</c> and <c>textAnalysis</c> out of <c>data</c>.</param>
/// <param name="IdempotencyId">The client's idempotency key, or <see langword="null"/>.</param>
/// <param name="Alphabet">Transliteration alphabet, or <see langword="null"/> for none.</param>
/// <param name="RemoveEmojis">True to strip emoji from the text.</param>
public sealed record ValidatedSend(
    IReadOnlyList<PhoneNumberCheck> Recipients,
    string From,
    string Text,
    DateTimeOffset? ScheduledAt,
    Uri? CallbackUrl,
    string? TrackData,
    bool ShortResponse,
    bool NoTextDetails,
    string? IdempotencyId,
    string? Alphabet,
    bool RemoveEmojis);
