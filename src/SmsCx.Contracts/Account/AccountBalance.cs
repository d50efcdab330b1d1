using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Account;

/// <summary>Answer of <c>GET /account/balance</c>.</summary>
public sealed class AccountBalance
{
    /// <summary>Remaining balance (prepaid) or amount spent (postpaid), in <see cref="Currency"/>.</summary>
    [JsonPropertyName("balance")]
    public decimal Balance { get; init; }

    /// <summary><c>eur</c> or <c>usd</c>.</summary>
    [JsonPropertyName("currency")]
    public required string Currency { get; init; }

    /// <summary><c>prepaid</c> or <c>postpaid</c>.</summary>
    [JsonPropertyName("billing")]
    public required string Billing { get; init; }
}
