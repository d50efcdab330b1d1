using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>Answer of <c>DELETE /sms/scheduled/{msgId}</c>.</summary>
public sealed class DeleteScheduledResponse
{
    /// <summary>What was deleted and credited back.</summary>
    [JsonPropertyName("info")]
    public required DeleteScheduledInfo Info { get; init; }
}

/// <summary>The <c>info</c> of a deleted scheduled message.</summary>
public sealed class DeleteScheduledInfo
{
    /// <summary>The deleted message.</summary>
    [JsonPropertyName("msgId")]
    public required string MsgId { get; init; }

    /// <summary>Its SMS parts.</summary>
    [JsonPropertyName("parts")]
    public int Parts { get; init; }

    /// <summary>Amount credited back to the balance.</summary>
    [JsonPropertyName("creditReturned")]
    public decimal CreditReturned { get; init; }

    /// <summary>Always <c>sms</c> for the mock.</summary>
    [JsonPropertyName("channel")]
    public string Channel { get; init; } = "sms";
}
