using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>Answer of <c>POST /sms</c> and <c>POST /sms/estimate</c>: <c>{ "info": ..., "data": [...] }</c>.</summary>
public sealed class SendSmsResponse
{
    /// <summary>Totals for the whole send.</summary>
    [JsonPropertyName("info")]
    public required SendInfo Info { get; init; }

    /// <summary>One entry per valid recipient; empty when the request asked for <c>shortResponse</c>.</summary>
    [JsonPropertyName("data")]
    public required List<SentMessage> Data { get; init; }
}
