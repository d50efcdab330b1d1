using System.Globalization;
using System.Text;
using SmsCx.Load;
using SmsCx.Load.Simulations;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;

// POST /sms from inside the test process, as a test would send: once to an in-memory mock (no socket) and once to
// a mock on a loopback port, with the same closed-loop load, alternating A B A B so drift on a shared machine hits
// both sides, after one uncounted warm-up round. Usage: dotnet SmsCx.Bench.InProcess.dll [seconds per run = 10] [callers = 16] [rounds = 2]
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var callers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
const string Body = """{"to":["+4915112345678"],"from":"Shop","text":"Your order has shipped."}""";

var results = new Dictionary<string, List<(double Rps, double P50, double P99)>> { ["in-memory"] = [], ["loopback"] = [] };
// Round 0 only warms the JIT for both sides (the first side measured would otherwise pay for it) and is not counted.
for (var round = 0; round <= rounds; round++)
{
    foreach (var inMemory in new[] { true, false })
    {
        var name = inMemory ? "in-memory" : "loopback";
        // No webhook URL and a long SENT delay: every message is stored and scheduled, nothing is sent.
        await using var sms = await SmsCxMockServer.StartAsync(
            new MockOptions { RateLimit = 100_000_000, SentDelay = TimeSpan.FromHours(1) },
            new MockServerSettings { InMemory = inMemory });
        using var client = sms.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", "test_key");
        var scenario = new LoadScenario(name, async ct =>
        {
            using var content = new StringContent(Body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("sms", content, ct);
            return response.IsSuccessStatusCode ? StepResult.Ok((int)response.StatusCode) : StepResult.Fail((int)response.StatusCode);
        }, new ConstantConcurrency(callers, TimeSpan.FromSeconds(seconds)) { WarmUp = TimeSpan.FromSeconds(2) });

        var result = await LoadRunner.RunAsync([scenario]);
        var stats = result.Scenarios[0];
        if (round == 0)
            continue;
        results[name].Add((stats.AchievedRate, stats.Latency.P50Ms, stats.Latency.P99Ms));
        Console.WriteLine(FormattableString.Invariant(
            $"round {round} {name,-9}: {stats.AchievedRate,8:F0} req/s  p50 {stats.Latency.P50Ms,6:F2} ms  p99 {stats.Latency.P99Ms,6:F2} ms  errors {stats.Errors}"));
    }
}

var memory = results["in-memory"].Average(r => r.Rps);
var loopback = results["loopback"].Average(r => r.Rps);
Console.WriteLine(FormattableString.Invariant($"mean: in-memory {memory:F0} req/s, loopback {loopback:F0} req/s, in-memory/loopback {memory / loopback:F2}"));
