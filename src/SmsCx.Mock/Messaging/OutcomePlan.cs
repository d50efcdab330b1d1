using SmsCx.Contracts;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// What happens to one message after it is sent: its status in the send answer, the delivery reports that
/// follow and when, and what the customer does afterwards. Chosen by magic number, by a scenario's
/// <c>outcome</c> step, or by default (SENT, then DELIVERED).
/// </summary>
public sealed record OutcomePlan
{
    /// <summary>The default plan: ACCEPTED, SENT, then DELIVERED after the configured delays.</summary>
    public static readonly OutcomePlan Delivered = new() { Name = "delivered" };

    /// <summary>Short name shown in logs and the admin API.</summary>
    public required string Name { get; init; }

    /// <summary>Status in the send answer; default ACCEPTED.</summary>
    public SendDisposition Disposition { get; init; } = SendDisposition.Accept;

    /// <summary>Whether a SENT report precedes the final one; default true.</summary>
    public bool ReportSent { get; init; } = true;

    /// <summary>Final status, DELIVERED or FAILED; <see langword="null"/> means no final report ever comes.</summary>
    public MessageStatus? Final { get; init; } = MessageStatus.Delivered;

    /// <summary>Error code of a FAILED report.</summary>
    public int? ErrorCode { get; init; }

    /// <summary>Delay from SENT to the final report; <see langword="null"/> uses the configured default.</summary>
    public TimeSpan? FinalDelay { get; init; }

    /// <summary>What the customer does after the final report, if anything.</summary>
    public CustomerAction? Then { get; init; }

    /// <summary>The status the send answer reports for a message following this plan.</summary>
    public MessageStatus StatusAtSend(bool scheduled) => Disposition switch
    {
        SendDisposition.Reject => MessageStatus.Rejected,
        SendDisposition.NoCoverage => MessageStatus.NoCoverage,
        _ => scheduled ? MessageStatus.Scheduled : MessageStatus.Accepted,
    };
}
