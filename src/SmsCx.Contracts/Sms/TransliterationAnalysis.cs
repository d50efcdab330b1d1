using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>The <c>info.transliterationAnalysis</c> of a send whose text was transliterated.</summary>
public sealed class TransliterationAnalysis
{
    /// <summary>Cost the send would have had without transliteration.</summary>
    [JsonPropertyName("totalOriginalCost")]
    public decimal TotalOriginalCost { get; init; }

    /// <summary>Parts the send would have had without transliteration.</summary>
    [JsonPropertyName("totalOriginalParts")]
    public int TotalOriginalParts { get; init; }

    /// <summary>Cost after transliteration.</summary>
    [JsonPropertyName("totalReplacedCost")]
    public decimal TotalReplacedCost { get; init; }

    /// <summary>Parts after transliteration.</summary>
    [JsonPropertyName("totalReplacedParts")]
    public int TotalReplacedParts { get; init; }

    /// <summary>Money saved (the SDK types it as an integer; the mock writes the exact amount).</summary>
    [JsonPropertyName("totalCostSaved")]
    public decimal TotalCostSaved { get; init; }

    /// <summary>Parts saved.</summary>
    [JsonPropertyName("totalPartsSaved")]
    public int TotalPartsSaved { get; init; }

    /// <summary>The text before and after.</summary>
    [JsonPropertyName("text")]
    public required TransliterationText Text { get; init; }
}

/// <summary>Original and replaced text of a transliteration.</summary>
public sealed class TransliterationText
{
    /// <summary>The text as sent by the client.</summary>
    [JsonPropertyName("original")]
    public required TextVersion Original { get; init; }

    /// <summary>The text as it goes out.</summary>
    [JsonPropertyName("replaced")]
    public required ReplacedTextVersion Replaced { get; init; }
}

/// <summary>One version of a text with its length, parts and encoding.</summary>
public class TextVersion
{
    /// <summary>The text.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>Its length as reported in <c>textAnalysis.length</c>.</summary>
    [JsonPropertyName("length")]
    public int Length { get; init; }

    /// <summary>Its SMS parts.</summary>
    [JsonPropertyName("parts")]
    public int Parts { get; init; }

    /// <summary><c>GSM-7</c> or <c>UCS-2</c>.</summary>
    [JsonPropertyName("encoding")]
    public required string Encoding { get; init; }
}

/// <summary>The replaced version, with which characters were replaced how often.</summary>
public sealed class ReplacedTextVersion : TextVersion
{
    /// <summary>Each replaced or removed character and how many times it occurred.</summary>
    [JsonPropertyName("characters")]
    public required Dictionary<string, int> Characters { get; init; }
}
