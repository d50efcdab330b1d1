using SmsCx.Contracts;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Admin;

/// <summary>A message as the admin API shows it: its facts, outcome plan and status timeline.</summary>
public sealed record MessageView(
    string MsgId,
    string CampaignId,
    string To,
    string CountryIso,
    string From,
    string Text,
    int Parts,
    decimal Cost,
    string Status,
    int? ErrorCode,
    string Plan,
    DateTimeOffset CreatedAt,
    IReadOnlyList<TimelineView> Timeline)
{
    /// <summary>Builds the view of <paramref name="message"/>.</summary>
    public static MessageView Of(MockMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var timeline = message.Timeline;
        return new MessageView(
            message.MsgId, message.CampaignId, message.To, message.CountryIso, message.From, message.Text,
            message.Parts, message.Cost, MessageStatusTable.WireName(timeline[^1].Status), timeline[^1].ErrorCode,
            message.PlanName, message.CreatedAt,
            [.. timeline.Select(c => new TimelineView(MessageStatusTable.WireName(c.Status), c.ErrorCode, c.At))]);
    }
}

/// <summary>One status of a message's timeline.</summary>
public sealed record TimelineView(string Status, int? ErrorCode, DateTimeOffset At);
