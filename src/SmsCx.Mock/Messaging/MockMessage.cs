using System.Diagnostics;
using SmsCx.Contracts;
using SmsCx.Contracts.Sms;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// One message the mock accepted. Immutable facts are init-only; status changes go through
/// <see cref="Apply"/>, which is thread-safe. Read <see cref="Timeline"/> for a snapshot.
/// </summary>
public sealed class MockMessage
{
    private readonly Lock _gate = new();
    private readonly List<StatusChange> _timeline = [];

    /// <summary>Lower-case UUID of the message.</summary>
    public required string MsgId { get; init; }

    /// <summary>Lower-case UUID of the send batch.</summary>
    public required string CampaignId { get; init; }

    /// <summary>Recipient in E.164.</summary>
    public required string To { get; init; }

    /// <summary>Recipient country.</summary>
    public required string CountryIso { get; init; }

    /// <summary>Sender name.</summary>
    public required string From { get; init; }

    /// <summary>Final text after placeholders.</summary>
    public required string Text { get; init; }

    /// <summary>Number of SMS parts.</summary>
    public int Parts { get; init; }

    /// <summary>True when the text needed UCS-2.</summary>
    public bool Unicode { get; init; }

    /// <summary>Length as reported in <c>textAnalysis.length</c>.</summary>
    public int Length { get; init; }

    /// <summary>The text analysis as the API reports it.</summary>
    public TextAnalysis Analysis => new() { Length = Length, Unicode = Unicode, Parts = Parts };

    /// <summary>Charge for the message.</summary>
    public decimal Cost { get; init; }

    /// <summary>Send time.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Scheduled send time, if the send was scheduled.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>Client correlation id, if one was given.</summary>
    public string? TrackData { get; init; }

    /// <summary>Where this message's delivery reports go, if anywhere.</summary>
    public Uri? CallbackUrl { get; init; }

    /// <summary>Tracked short link in the text (<c>https://en.ax/ID/CODE</c>), if the text had one.</summary>
    public string? ShortlinkUrl { get; init; }

    /// <summary>
    /// Trace context of the send request that created the message (its <c>smscx.mock.send</c> span, else the
    /// request's own activity); default when the send was not traced. Webhook attempts about the message link to it.
    /// </summary>
    public ActivityContext SendContext { get; init; }

    /// <summary>Name of the outcome plan that drives the message.</summary>
    public required string PlanName { get; set; }

    /// <summary>Current status.</summary>
    public MessageStatus Status { get { lock (_gate) return _timeline.Count == 0 ? MessageStatus.Accepted : _timeline[^1].Status; } }

    /// <summary>Error code of the current status.</summary>
    public int? ErrorCode { get { lock (_gate) return _timeline.Count == 0 ? null : _timeline[^1].ErrorCode; } }

    /// <summary>Time of the last status change after the send, or <see langword="null"/>.</summary>
    public DateTimeOffset? UpdatedAt { get { lock (_gate) return _timeline.Count <= 1 ? null : _timeline[^1].At; } }

    /// <summary>Snapshot of every status the message went through, oldest first.</summary>
    public IReadOnlyList<StatusChange> Timeline { get { lock (_gate) return [.. _timeline]; } }

    /// <summary>
    /// Records a status change. Returns <see langword="false"/> and changes nothing when the message is already in
    /// a final state, so a late report can never move it backwards.
    /// </summary>
    public bool Apply(StatusChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (_timeline.Count > 0 && MessageStatusTable.IsFinal(_timeline[^1].Status))
                return false;
            _timeline.Add(change);
            return true;
        }
    }
}
