namespace SmsCx.Mock.Webhooks;

/// <summary>One webhook request attempt as the journal records it.</summary>
public sealed record JournalEntry
{
    /// <summary>Position in the journal, increasing from 1.</summary>
    public long Sequence { get; init; }

    /// <summary>Id shared by every attempt of one batch.</summary>
    public required string BatchId { get; init; }

    /// <summary>Target URL with query values and user info masked.</summary>
    public required string Endpoint { get; init; }

    /// <summary>Event name of the batch.</summary>
    public required string Event { get; init; }

    /// <summary>Attempt number, 1 for the first.</summary>
    public int Attempt { get; init; }

    /// <summary>The items of the batch.</summary>
    public required IReadOnlyList<JournalItem> Items { get; init; }

    /// <summary>HTTP status of the answer, or <see langword="null"/> for a timeout or connection failure.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why the attempt failed, when it did.</summary>
    public string? Error { get; init; }

    /// <summary>When the request was sent, by the mock's clock.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Time from sending the request to the end of the answer.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>How the attempt ended.</summary>
    public AttemptOutcome Outcome { get; init; }

    /// <summary>Faults the chaos options applied to the batch (e.g. <c>duplicate</c>), or <see langword="null"/>.</summary>
    public string? Chaos { get; init; }

    /// <summary>The request body, cut to <see cref="WebhookOptions.MaxJournaledBodyChars"/>.</summary>
    public required string RequestBody { get; init; }
}
