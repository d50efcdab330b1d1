namespace SmsCx.Contracts;

/// <summary>
/// Facts about <see cref="MessageStatus"/> values: wire names, numeric <c>statusCode</c>s and which states are final.
/// </summary>
/// <remarks>
/// SMS.CX does not publish its status-code mapping (UNCONFIRMED). The codes here are the harness's documented
/// choice (ACCEPTED 0, SCHEDULED 1, SENT 2, DELIVERED 3, FAILED 4, REJECTED 5, NO COVERAGE 6); tests must not
/// read real-world meaning into them.
/// </remarks>
public static class MessageStatusTable
{
    /// <summary>Returns the numeric <c>statusCode</c> the harness sends for <paramref name="status"/>.</summary>
    public static int CodeOf(MessageStatus status) => status switch
    {
        MessageStatus.Accepted => 0,
        MessageStatus.Scheduled => 1,
        MessageStatus.Sent => 2,
        MessageStatus.Delivered => 3,
        MessageStatus.Failed => 4,
        MessageStatus.Rejected => 5,
        MessageStatus.NoCoverage => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown message status."),
    };

    /// <summary>Returns the wire name of <paramref name="status"/>, e.g. <c>"NO COVERAGE"</c>.</summary>
    public static string WireName(MessageStatus status) => status switch
    {
        MessageStatus.Accepted => "ACCEPTED",
        MessageStatus.Scheduled => "SCHEDULED",
        MessageStatus.Sent => "SENT",
        MessageStatus.Delivered => "DELIVERED",
        MessageStatus.Failed => "FAILED",
        MessageStatus.Rejected => "REJECTED",
        MessageStatus.NoCoverage => "NO COVERAGE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown message status."),
    };

    /// <summary>
    /// Parses a wire name, case-insensitively and accepting <c>NO_COVERAGE</c> for <c>NO COVERAGE</c>.
    /// Returns <see langword="false"/> for anything else.
    /// </summary>
    public static bool TryParse(string? value, out MessageStatus status)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "ACCEPTED": status = MessageStatus.Accepted; return true;
            case "SCHEDULED": status = MessageStatus.Scheduled; return true;
            case "SENT": status = MessageStatus.Sent; return true;
            case "DELIVERED": status = MessageStatus.Delivered; return true;
            case "FAILED": status = MessageStatus.Failed; return true;
            case "REJECTED": status = MessageStatus.Rejected; return true;
            case "NO COVERAGE" or "NO_COVERAGE": status = MessageStatus.NoCoverage; return true;
            default: status = default; return false;
        }
    }

    /// <summary>
    /// True for states after which no further delivery report changes the outcome:
    /// DELIVERED, FAILED, REJECTED and NO COVERAGE.
    /// </summary>
    public static bool IsFinal(MessageStatus status) =>
        status is MessageStatus.Delivered or MessageStatus.Failed or MessageStatus.Rejected or MessageStatus.NoCoverage;

    /// <summary>
    /// Orders states along a message's life so a receiver can refuse to move backwards:
    /// SCHEDULED &lt; ACCEPTED &lt; SENT &lt; any final state. Final states share the highest rank.
    /// </summary>
    public static int Rank(MessageStatus status) => status switch
    {
        MessageStatus.Scheduled => 0,
        MessageStatus.Accepted => 1,
        MessageStatus.Sent => 2,
        _ => 3,
    };
}
