using SmsCx.Contracts;

namespace SmsCx.Mock.Messaging;

/// <summary>One entry of a message's status timeline.</summary>
/// <param name="Status">The status reached.</param>
/// <param name="ErrorCode">Error code for FAILED, otherwise <see langword="null"/>.</param>
/// <param name="At">When the status was reached, by the mock's clock.</param>
public sealed record StatusChange(MessageStatus Status, int? ErrorCode, DateTimeOffset At);
