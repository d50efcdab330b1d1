using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Webhooks;

/// <summary>Item of a <c>receive_sms</c> webhook: an SMS a customer sent to the account's number.</summary>
public sealed class ReceivedSms
{
    /// <summary>Lower-case UUID of the inbound message; the receiver's de-duplication key.</summary>
    [JsonPropertyName("msgId")]
    public required string MsgId { get; init; }

    /// <summary>Customer's number in E.164.</summary>
    [JsonPropertyName("from")]
    public required string From { get; init; }

    /// <summary>Customer's country.</summary>
    [JsonPropertyName("countryIso")]
    public required string CountryIso { get; init; }

    /// <summary>The account's number or short code that received it.</summary>
    [JsonPropertyName("to")]
    public required string To { get; init; }

    /// <summary>Message text as typed by the customer.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>Cost of receiving, usually 0.</summary>
    [JsonPropertyName("cost")]
    public decimal Cost { get; init; }

    /// <summary>Receive time as <c>yyyy-MM-dd HH:mm:ss</c> UTC.</summary>
    [JsonPropertyName("receivedAt")]
    public required string ReceivedAt { get; init; }
}
