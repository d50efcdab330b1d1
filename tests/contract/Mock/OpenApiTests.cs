using System.Text.Json;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed class OpenApiTests
{
    [Test, CancelAfter(30_000)]
    public async Task OpenApi_ServedWithoutKey_DescribesEveryEmulatedPathAndWebhook(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        using var anonymous = new HttpClient { BaseAddress = mock.Server.Url };

        using var response = await anonymous.GetAsync("openapi.json", ct);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(document.GetProperty("openapi").GetString(), Is.EqualTo("3.1.0"));
        Assert.That(document.GetProperty("paths").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[]
        {
            "/sms", "/sms/estimate", "/sms/scheduled/{msgId}", "/reports/single/{msgId}", "/optouts", "/optouts/{optoutId}",
            "/account/balance", "/oauth/token",
        }));
        Assert.That(document.GetProperty("webhooks").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(new[] { "dlr_update", "receive_sms", "shortlink_hit", "new_optout" }));
        var sentMessage = document.GetProperty("components").GetProperty("schemas").GetProperty("SendSmsResponse")
            .GetProperty("properties").GetProperty("data").GetProperty("items").GetProperty("properties");
        Assert.That(sentMessage.GetProperty("status").GetProperty("enum").EnumerateArray().Select(e => e.GetString()),
            Does.Contain("NO COVERAGE"));
        Assert.That(sentMessage.TryGetProperty("msgId", out _), Is.True);
    }
}
