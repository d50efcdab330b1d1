using System.Text.Json;
using SmsCx.Load.Profiles;
using SmsCx.Load.Simulations;

namespace SmsCx.Load.Tests.Engine;

public class LoadProfileLoaderTests
{
    private static string ExampleProfile => Path.Combine(TestContext.CurrentContext.TestDirectory, "profiles", "mock-send.yaml");

    [Test]
    public void LoadFile_ExampleProfile_ReadsTargetRequestLoadAndThresholds()
    {
        var profile = LoadProfileLoader.LoadFile(ExampleProfile);

        var scenario = profile.Scenarios.Single();
        var body = JsonDocument.Parse(scenario.Request.JsonBody!).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(profile.Target, Is.EqualTo(new Uri("http://127.0.0.1:5080/")));
            Assert.That(profile.Timeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(scenario.Request.Method, Is.EqualTo("POST"));
            Assert.That(scenario.Request.Path, Is.EqualTo("/sms"));
            Assert.That(scenario.Request.Headers["x-api-key"], Is.EqualTo("test_key"));
            Assert.That(body.GetProperty("to").GetString(), Is.EqualTo("+4915112345678"));
            Assert.That(scenario.Simulation, Is.TypeOf<ConstantRate>().With.Property("Rate").EqualTo(200));
            Assert.That(scenario.Simulation.WarmUp, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(scenario.Thresholds.Select(t => t.Text), Is.EqualTo(new[] { "errors < 0.1%", "p99 < 100ms", "rps > 195" }));
        });
    }

    [Test]
    public void Parse_RampAndConcurrency_BuildsThoseSimulations()
    {
        var profile = LoadProfileLoader.Parse("""
            target: http://127.0.0.1:5090
            scenarios:
              - name: ramp
                request: { method: post, path: /webhooks/smscx, json: { event: dlr_update, data: [ { status: DELIVERED, statusCode: 3 } ] } }
                load: { ramping-rate: { from: 10, to: 100 }, duration: 5s }
              - name: pool
                request: { path: /stats }
                load: { concurrency: 4, duration: 1m }
            """, "p.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(profile.Target.AbsoluteUri, Is.EqualTo("http://127.0.0.1:5090/"));
            Assert.That(profile.Scenarios[0].Simulation, Is.TypeOf<RampingRate>());
            Assert.That(profile.Scenarios[0].Request.JsonBody,
                Is.EqualTo("""{"event":"dlr_update","data":[{"status":"DELIVERED","statusCode":3}]}"""));
            Assert.That(profile.Scenarios[1].Simulation, Is.TypeOf<ConstantConcurrency>().With.Property("Copies").EqualTo(4));
            Assert.That(profile.Scenarios[1].Request.Method, Is.EqualTo("GET"));
        });
    }

    [TestCase("target: http://x/\nscenarios: []\n", 2, "at least one scenario")]
    [TestCase("target: ftp://x/\nscenarios:\n  - name: a\n    request: { path: /a }\n    load: { concurrency: 1, duration: 1s }\n", 1, "http or https")]
    [TestCase("target: http://x/\nscenarios:\n  - name: a\n    request: { path: a }\n    load: { concurrency: 1, duration: 1s }\n", 4, "path must start")]
    [TestCase("target: http://x/\nscenarios:\n  - name: a\n    request: { path: /a }\n    load: { concurrency: 1, duration: soon }\n", 5, "duration")]
    [TestCase("target: http://x/\nscenarios:\n  - name: a\n    request: { path: /a }\n    load: { duration: 1s }\n", 5, "constant-rate")]
    [TestCase("target: http://x/\nthresholds: [ p99 < 50 ]\nscenarios: []\n", 2, "latencies need a unit")]
    [TestCase("target: http://x/\nscenario: []\n", 2, "unknown key 'scenario'")]
    [TestCase("target: &a http://x/\nother: *a\n", 2, "alias")]
    [TestCase("target: [unclosed\n", 2, "")]
    public void Parse_BadProfile_ThrowsWithFileAndLine(string yaml, int line, string problem)
    {
        Assert.That(() => LoadProfileLoader.Parse(yaml, "bad.yaml"),
            Throws.TypeOf<LoadProfileException>()
                .With.Property(nameof(LoadProfileException.Line)).EqualTo(line)
                .And.Message.StartsWith($"bad.yaml:{line}: ").And.Message.Contains(problem));
    }

    [Test]
    public void WithDuration_Profile_ChangesEveryScenario()
    {
        var profile = LoadProfileLoader.LoadFile(ExampleProfile);

        var shorter = profile.WithDuration(TimeSpan.FromSeconds(3));

        Assert.That(shorter.Scenarios.Select(s => s.Simulation.Duration), Is.All.EqualTo(TimeSpan.FromSeconds(3)));
    }
}
