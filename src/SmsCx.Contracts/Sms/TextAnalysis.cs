using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>Length, encoding and part count of a message text, as the API reports them.</summary>
public sealed class TextAnalysis
{
    /// <summary>Length in characters of the final text (GSM-7 extension characters count twice).</summary>
    [JsonPropertyName("length")]
    public int Length { get; init; }

    /// <summary>True when any character is outside GSM-7, so the message is sent as UCS-2.</summary>
    [JsonPropertyName("unicode")]
    public bool Unicode { get; init; }

    /// <summary>Number of SMS parts, at least 1.</summary>
    [JsonPropertyName("parts")]
    public int Parts { get; init; }
}
