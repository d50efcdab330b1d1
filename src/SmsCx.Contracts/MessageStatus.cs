using System.Text.Json.Serialization;

namespace SmsCx.Contracts;

/// <summary>
/// Status of one SMS as the API reports it at send time, in delivery reports and in polled reports.
/// The wire value of <see cref="NoCoverage"/> is <c>"NO COVERAGE"</c>, with a space.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MessageStatus>))]
public enum MessageStatus
{
    /// <summary>Taken for delivery; charged; further delivery reports follow.</summary>
    [JsonStringEnumMemberName("ACCEPTED")] Accepted,

    /// <summary>Will be sent at its <c>scheduledAt</c> time.</summary>
    [JsonStringEnumMemberName("SCHEDULED")] Scheduled,

    /// <summary>Handed to the network; the final result is pending.</summary>
    [JsonStringEnumMemberName("SENT")] Sent,

    /// <summary>Final: the handset confirmed delivery.</summary>
    [JsonStringEnumMemberName("DELIVERED")] Delivered,

    /// <summary>Final: the message could not be delivered; <c>errorCode</c> says why.</summary>
    [JsonStringEnumMemberName("FAILED")] Failed,

    /// <summary>Refused at send time because the recipient opted out; cost 0.</summary>
    [JsonStringEnumMemberName("REJECTED")] Rejected,

    /// <summary>Refused at send time because no route or price exists for the destination; cost 0.</summary>
    [JsonStringEnumMemberName("NO COVERAGE")] NoCoverage,
}
