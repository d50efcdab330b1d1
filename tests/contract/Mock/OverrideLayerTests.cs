using System.Text.Json;
using WireMock.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed class OverrideLayerTests
{
    private static readonly object s_send = new { to = "+4915112345678", from = "AcmeShop", text = "Hi" };

    [Test, CancelAfter(30_000)]
    public async Task FluentMapping_MatchingRequest_AnsweredByTheMappingOthersByTheEmulation(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        mock.Server.Overrides.Given(Request.Create().WithPath("/sms").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json")
                .WithBody("""{ "error": { "type": "server_error", "message": "Maintenance", "uri": "x", "code": 1500 } }"""));

        var (sendStatus, sendBody, _) = await mock.PostJsonAsync("sms", s_send, ct);
        var (estimateStatus, _, _) = await mock.PostJsonAsync("sms/estimate", s_send, ct);

        Assert.That(sendStatus, Is.EqualTo(503));
        Assert.That(sendBody.GetProperty("error").GetProperty("message").GetString(), Is.EqualTo("Maintenance"));
        Assert.That(estimateStatus, Is.EqualTo(200), "a request no mapping matches reaches the emulation");
        Assert.That(mock.Server.Engine.Messages.Count, Is.Zero);
    }

    [Test, CancelAfter(30_000)]
    public async Task FluentMapping_OutageForThirtySeconds_FollowsTheMockClock(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var now = mock.Time.GetUtcNow().UtcDateTime;
        mock.Server.Overrides.Given(Request.Create().WithPath("/sms").UsingPost())
            .WithTimeSettings(new TimeSettings { Start = now, End = now.AddSeconds(30) })
            .RespondWith(Response.Create().WithStatusCode(503));

        var (during, _, _) = await mock.PostJsonAsync("sms", s_send, ct);
        mock.Time.Advance(TimeSpan.FromSeconds(31));
        var (after, _, _) = await mock.PostJsonAsync("sms", s_send, ct);

        Assert.That(during, Is.EqualTo(503));
        Assert.That(after, Is.EqualTo(200));
    }

    [Test, CancelAfter(30_000)]
    public async Task MappingFiles_FolderGiven_LoadedAndMatchedByBody(CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("mappings-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "no-coverage.json"), """
                {
                  "Request": {
                    "Path": { "Matchers": [ { "Name": "ExactMatcher", "Pattern": "/sms" } ] },
                    "Methods": [ "POST" ],
                    "Body": { "Matcher": { "Name": "WildcardMatcher", "Pattern": "*+33*" } }
                  },
                  "Response": {
                    "StatusCode": 403,
                    "Headers": { "Content-Type": "application/json" },
                    "BodyAsJson": { "error": { "type": "no_coverage", "message": "Destination not covered", "uri": "x", "code": 1119 } }
                  }
                }
                """, ct);
            await using var mock = await MockHarness.StartAsync(o => o.MappingsFolder = folder, ct);

            // Raw text: System.Text.Json would write '+' as \u002B, which a wildcard on the body text cannot see.
            var (french, body, _) = await mock.PostRawAsync("sms", """{ "to": "+33612345678", "from": "AcmeShop", "text": "Hi" }""", ct);
            var (german, _, _) = await mock.PostJsonAsync("sms", s_send, ct);

            Assert.That(french, Is.EqualTo(403));
            Assert.That(body.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(1119));
            Assert.That(german, Is.EqualTo(200));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void MappingFiles_FolderMissing_RefusedAtStartWithItsName()
    {
        var error = Assert.ThrowsAsync<DirectoryNotFoundException>(() => MockHarness.StartAsync(o => o.MappingsFolder = "/no/such/mappings"));

        Assert.That(error!.Message, Does.Contain("/no/such/mappings"));
    }

    [Test, CancelAfter(30_000)]
    public async Task Overrides_ResetMappings_EmulationAnswersAgain(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        mock.Server.Overrides.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(500));

        var (before, _) = await mock.GetAsync("account/balance", ct);
        mock.Server.Overrides.ResetMappings();
        var (after, balance) = await mock.GetAsync("account/balance", ct);

        Assert.That(before, Is.EqualTo(500));
        Assert.That(after, Is.EqualTo(200));
        Assert.That(balance.GetProperty("currency").ValueKind, Is.EqualTo(JsonValueKind.String));
    }
}
