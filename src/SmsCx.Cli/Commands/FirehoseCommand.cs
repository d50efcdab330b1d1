using System.CommandLine;
using System.Globalization;
using SmsCx.Cli.Firehose;

namespace SmsCx.Cli.Commands;

/// <summary>
/// <c>smscx firehose --target URL</c>: the mock's dispatcher as a firehose of SENT and DELIVERED reports at a target
/// event rate against a receiver; exit 0 only when every event was acknowledged exactly once.
/// </summary>
internal static class FirehoseCommand
{
    public static Command Create()
    {
        var target = UrlOption.Create("--target", "The receiver's webhook URL, e.g. http://127.0.0.1:5090/webhooks/smscx.");
        target.Required = true;
        var rate = new Option<double>("--events-per-second") { Description = "Target webhook events per second.", DefaultValueFactory = _ => 500 };
        var duration = DurationOption.Single("--duration", "How long events are produced (default 10s).");
        var window = DurationOption.Single("--batch-window", "Dispatcher batch window (default 200ms).");
        var observability = new ObservabilityOptions();
        var command = new Command("firehose", "Load a webhook receiver with the mock's dispatcher and check every event arrived once.")
        {
            target, rate, duration, window,
        };
        observability.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(rate) is <= 0 or > 100_000)
            {
                await Console.Error.WriteLineAsync("error: --events-per-second must be above 0 and at most 100000.");
                return 2;
            }

            Telemetry.Observability telemetry;
            try
            {
                telemetry = observability.Read(result);
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}");
                return 2;
            }

            var settings = new FirehoseSettings(result.GetValue(target)!, result.GetValue(rate),
                result.GetValue(duration) ?? TimeSpan.FromSeconds(10), result.GetValue(window) ?? TimeSpan.FromMilliseconds(200),
                TimeSpan.FromSeconds(60), telemetry);
            var outcome = await FirehoseRun.RunAsync(settings, ct);
            // With JSON logs stdout carries only the log lines; the summary goes to stderr.
            Print(outcome, Hosting.BannerWriter(telemetry.JsonLogs));
            return outcome.ExactlyOnce ? 0 : 1;
        });
        return command;
    }

    private static void Print(FirehoseResult r, TextWriter output)
    {
        var l = r.AckLatencyMs;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"messages {r.Messages}, events {r.EventsExpected} at {r.AchievedEventsPerSecond:0} /s, requests {r.Requests} ({r.FailedAttempts} not answered 200)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"acknowledged {r.EventsAcknowledged}/{r.EventsExpected}, twice {r.EventsAcknowledgedTwice}, given up {r.EventsGivenUp}{(r.Drained ? string.Empty : ", NOT DRAINED (events still pending)")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ack latency ms: p50 {l[0]:0.0}  p90 {l[1]:0.0}  p99 {l[2]:0.0}  max {l[3]:0.0}"));
        output.WriteLine(r.ExactlyOnce ? "every event was acknowledged exactly once" : "FAILED: not every event was acknowledged exactly once");
    }
}
