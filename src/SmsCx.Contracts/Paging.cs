using System.Text.Json.Serialization;

namespace SmsCx.Contracts;

/// <summary>Cursor paging of list answers: opaque <c>next</c> / <c>previous</c> cursors and the page size.</summary>
public sealed class Paging
{
    /// <summary>Cursor of the next page, or <c>null</c> on the last page (always written).</summary>
    [JsonPropertyName("next")]
    public string? Next { get; init; }

    /// <summary>Cursor of the previous page, or <c>null</c> on the first page (always written).</summary>
    [JsonPropertyName("previous")]
    public string? Previous { get; init; }

    /// <summary>Number of items in this page.</summary>
    [JsonPropertyName("size")]
    public int Size { get; init; }
}
