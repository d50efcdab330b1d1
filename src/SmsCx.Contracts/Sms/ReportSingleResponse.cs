using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>Answer of <c>GET /reports/single/{msgId}</c>: a single object under <c>data</c>, not an array.</summary>
public sealed class ReportSingleResponse
{
    /// <summary>The message.</summary>
    [JsonPropertyName("data")]
    public required MessageReport Data { get; init; }
}
