using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SmsCx.Load.Tests.Durability;

/// <summary>The receiver process runs in a time zone far from UTC; timestamps without a zone must stay UTC.</summary>
public class TimeZoneTests
{
    [TestCase("Pacific/Kiritimati")]
    [TestCase("America/Los_Angeles")]
    [CancelAfter(60_000)]
    public async Task Receiver_MachineTimeZoneNotUtc_TimestampsWithoutZoneReadAsUtc(string zone, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("smscx-tz-").FullName;
        try
        {
            await using var receiver = await ReceiverProcess.StartAsync(ReceiverProcess.FreePort(),
                [("DatabasePath", Path.Combine(folder, "receiver.db")), ("SmsCxBaseUrl", "http://127.0.0.1:9")],
                new Dictionary<string, string> { ["TZ"] = zone }, ct);
            using var http = new HttpClient { BaseAddress = receiver.Url };

            var spaced = await PostAndReadAsync(http, "2026-05-14 09:21:12", ct);
            var iso = await PostAndReadAsync(http, "2026-05-14T09:21:12", ct);

            var expected = new DateTimeOffset(2026, 5, 14, 9, 21, 12, TimeSpan.Zero);
            Assert.Multiple(() =>
            {
                Assert.That(spaced, Is.EqualTo(expected));
                Assert.That(spaced.Offset, Is.EqualTo(TimeSpan.Zero));
                Assert.That(iso, Is.EqualTo(expected));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<DateTimeOffset> PostAndReadAsync(HttpClient http, string datetime, CancellationToken ct)
    {
        var msgId = Guid.NewGuid().ToString();
        var body = $$"""
            {"event":"dlr_update","data":[{"msgId":"{{msgId}}","status":"SENT","statusCode":2,"errorCode":null,
              "datetime":"{{datetime}}"}]}
            """;
        using var response = await http.PostAsync("webhooks/smscx",
            new StringContent(body, Encoding.UTF8, "application/json"), ct);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));

        var message = await http.GetFromJsonAsync<JsonElement>($"messages/{msgId}", ct);
        return message.GetProperty("updatedAt").GetDateTimeOffset();
    }
}
