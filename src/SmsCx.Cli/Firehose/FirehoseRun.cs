using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;
using SmsCx.Mock.Messaging;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Cli.Firehose;

/// <summary>
/// Drives the mock's webhook dispatcher as a firehose against a receiver: messages are produced on a fixed
/// schedule (open model) and each yields a SENT and a DELIVERED report, batched and retried as usual. After the
/// production phase it waits for the dispatcher to drain, then checks from the journal that every event was
/// acknowledged exactly once, and reports the receiver's ack latency.
/// </summary>
public static class FirehoseRun
{
    /// <summary>Runs the firehose; bounded by the settings' duration plus drain timeout.</summary>
    public static async Task<FirehoseResult> RunAsync(FirehoseSettings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new MockOptions
        {
            WebhookUrl = settings.Target,
            SentDelay = TimeSpan.Zero,
            DeliveryDelay = TimeSpan.Zero,
            MaxMessages = 1_000_000,
            Webhooks = new WebhookOptions { BatchWindow = settings.BatchWindow, MaxJournalEntries = 1_000_000, RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)] },
        };
        var observability = settings.Observability ?? Telemetry.Observability.Off;
        await using var mock = await SmsCxMockServer.StartAsync(options, new MockServerSettings
        {
            Logging = logging => observability.Console(logging).SetMinimumLevel(LogLevel.Warning),
            Services = services => observability.AddTo(services, "smscx-firehose"),
        }, ct);

        var (messages, produced) = await ProduceAsync(mock.Engine, settings, ct);
        var dispatcher = mock.Services.GetRequiredService<WebhookDispatcher>();
        var drained = await DrainAsync(dispatcher, settings.DrainTimeout, ct);
        return Analyse(mock.Journal.Snapshot(), messages, produced, drained);
    }

    private static async Task<(int Messages, TimeSpan Elapsed)> ProduceAsync(MockEngine engine, FirehoseSettings settings, CancellationToken ct)
    {
        var messagesPerSecond = settings.EventsPerSecond / 2;
        var total = (int)Math.Round(messagesPerSecond * settings.Duration.TotalSeconds);
        var started = TimeProvider.System.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var intended = TimeSpan.FromSeconds(i / messagesPerSecond);
            var wait = intended - TimeProvider.System.GetElapsedTime(started);
            if (wait > TimeSpan.FromMilliseconds(1))
                await Task.Delay(wait, ct);
            await engine.Accept(Message(engine, i), OutcomePlan.Delivered);
        }

        return (total, TimeProvider.System.GetElapsedTime(started));
    }

    private static async Task<bool> DrainAsync(WebhookDispatcher dispatcher, TimeSpan timeout, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (dispatcher.PendingWork > 0)
        {
            if (TimeProvider.System.GetElapsedTime(started) > timeout)
                return false;
            await Task.Delay(50, ct);
        }

        return true;
    }

    private static FirehoseResult Analyse(IReadOnlyList<JournalEntry> journal, int messages, TimeSpan produced, bool drained)
    {
        var acked = journal.Where(e => e.Outcome == AttemptOutcome.Acknowledged).ToList();
        var ackCounts = acked.SelectMany(e => e.Items).GroupBy(i => (i.MsgId, i.Status)).Select(g => g.Count()).ToList();
        var givenUp = journal.Where(e => e.Outcome == AttemptOutcome.GaveUp).Sum(e => e.Items.Count);
        var latencies = acked.Select(e => e.Latency.TotalMilliseconds).Order().ToList();
        return new FirehoseResult(
            messages,
            messages * 2,
            ackCounts.Count,
            ackCounts.Count(c => c > 1),
            givenUp,
            journal.Count,
            journal.Count(e => e.Outcome != AttemptOutcome.Acknowledged),
            produced.TotalSeconds > 0 ? messages * 2 / produced.TotalSeconds : 0,
            latencies.Count == 0 ? [0, 0, 0, 0] : [At(latencies, 0.5), At(latencies, 0.9), At(latencies, 0.99), latencies[^1]],
            drained);
    }

    private static double At(List<double> sorted, double quantile) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];

    private static MockMessage Message(MockEngine engine, int index) => new()
    {
        MsgId = engine.Random.NewId(),
        CampaignId = engine.Random.NewId(),
        To = "+49151" + (10_000_000 + index % 90_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        CountryIso = "DE",
        From = "Firehose",
        Text = "Load",
        Parts = 1,
        Length = 4,
        CreatedAt = engine.Time.GetUtcNow(),
        PlanName = "delivered",
    };
}
