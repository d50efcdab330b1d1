using System.Diagnostics;

namespace SmsCx.Mock.Webhooks;

/// <summary>One serialized webhook item waiting for its batch.</summary>
/// <param name="Json">The item as UTF-8 JSON.</param>
/// <param name="Summary">What the journal records of it.</param>
public sealed record WebhookItem(ReadOnlyMemory<byte> Json, JournalItem Summary)
{
    /// <summary>
    /// Trace context of the send the item reports on; the webhook attempt span links to it. Default (none) for
    /// items that no traced send caused.
    /// </summary>
    public ActivityContext Origin { get; init; }

    /// <summary>
    /// When the item was made (the status change or customer action), as a timestamp of the dispatcher's
    /// <see cref="TimeProvider"/> (<see cref="TimeProvider.GetTimestamp"/>); <see langword="null"/> when unknown.
    /// Used for <see cref="Diagnostics.MockTelemetry.WebhookAckDelay"/>.
    /// </summary>
    public long? MadeAt { get; init; }
}
