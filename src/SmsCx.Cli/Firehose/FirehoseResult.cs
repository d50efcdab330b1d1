namespace SmsCx.Cli.Firehose;

/// <summary>How a firehose run went, from the mock's webhook journal.</summary>
/// <param name="Messages">Messages produced.</param>
/// <param name="EventsExpected">Webhook events they should yield (two each).</param>
/// <param name="EventsAcknowledged">Distinct events the receiver answered 200 for.</param>
/// <param name="EventsAcknowledgedTwice">Events acknowledged in more than one request.</param>
/// <param name="EventsGivenUp">Events whose request was given up after every retry.</param>
/// <param name="Requests">Webhook requests sent (attempts, retries included).</param>
/// <param name="FailedAttempts">Attempts not answered 200.</param>
/// <param name="AchievedEventsPerSecond">Events produced per second of the production phase.</param>
/// <param name="AckLatencyMs">Ack latency percentiles of acknowledged requests: p50, p90, p99, max.</param>
/// <param name="Drained">False when events were still pending when the drain timeout passed.</param>
public sealed record FirehoseResult(
    int Messages,
    int EventsExpected,
    int EventsAcknowledged,
    int EventsAcknowledgedTwice,
    int EventsGivenUp,
    int Requests,
    int FailedAttempts,
    double AchievedEventsPerSecond,
    IReadOnlyList<double> AckLatencyMs,
    bool Drained)
{
    /// <summary>True when every event was acknowledged exactly once.</summary>
    public bool ExactlyOnce => Drained && EventsAcknowledged == EventsExpected && EventsAcknowledgedTwice == 0 && EventsGivenUp == 0;
}
