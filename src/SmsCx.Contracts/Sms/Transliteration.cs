using System.Text.Json.Serialization;

namespace SmsCx.Contracts.Sms;

/// <summary>The <c>transliteration</c> object of a send request.</summary>
public sealed class Transliteration
{
    /// <summary>One of <c>NONE</c>, <c>NON_GSM</c> or a language alphabet such as <c>POLISH</c>.</summary>
    [JsonPropertyName("alphabet")]
    public string? Alphabet { get; set; }

    /// <summary>When true, emoji are removed from the text; default false.</summary>
    [JsonPropertyName("removeEmojis")]
    public bool? RemoveEmojis { get; set; }
}
