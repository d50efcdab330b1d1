namespace SmsCx.Receiver.Api;

/// <summary>Answer of <c>GET /messages/{msgId}</c>.</summary>
/// <param name="MsgId">SMS.CX message id.</param>
/// <param name="To">Recipient, or null when only delivery reports are known.</param>
/// <param name="Status">Current status; it only moves forward (a late SENT never replaces DELIVERED or FAILED).</param>
/// <param name="StatusCode">Numeric form of <paramref name="Status"/>.</param>
/// <param name="ErrorCode">Failure detail of the current status, JSON null when none.</param>
/// <param name="UpdatedAt">Time of the report that set the current status (UTC).</param>
/// <param name="AppointmentId">Appointment the message reminds of, or null.</param>
/// <param name="History">Every distinct delivery report, in arrival order.</param>
/// <param name="Clicks">Clicks credited to this message.</param>
/// <param name="Replies">Replies that answer this message.</param>
public sealed record MessageView(
    string MsgId,
    string? To,
    string Status,
    int StatusCode,
    int? ErrorCode,
    DateTimeOffset UpdatedAt,
    string? AppointmentId,
    IReadOnlyList<HistoryEntry> History,
    ClickCounts Clicks,
    IReadOnlyList<ReplyView> Replies);
