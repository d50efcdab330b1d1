using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SmsCx.Contract.Tests.Mock;

/// <summary>Faults a review of the mock found, each pinned by the test named after it.</summary>
[TestFixture]
public sealed class ReviewRegressionTests
{
    private const string Valid = "+4915112345678";

    [Test, CancelAfter(30_000)]
    public async Task Send_UpperCaseTrackData_EchoedLowerCaseSoTheSdksAcceptIt(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (_, body, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi", trackData = "6F1C2D3E-4A5B-4C6D-8E7F-9A0B1C2D3E4F" }, ct);

        Assert.That(body.GetProperty("data")[0].GetProperty("trackData").GetString(), Is.EqualTo("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"));
        Assert.That(StrictSmsCxClient.CheckSendResponse(body), Is.Empty);
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_BearerTokenWithoutSmsScope_403InsufficientScope(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        using var client = new HttpClient { BaseAddress = mock.Server.Url };
        var token = await TokenAsync(client, "reports", ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());

        using var send = await client.PostAsync("sms", Json("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi" }"""), ct);
        using var report = await client.GetAsync("reports/single/3a8c1f5e-2b9d-4e7a-9f60-71829304a5b6", ct);
        var error = JsonDocument.Parse(await send.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("error");

        Assert.That((int)send.StatusCode, Is.EqualTo(403));
        Assert.That(error.GetProperty("type").GetString(), Is.EqualTo("insufficient_scope"));
        Assert.That((int)report.StatusCode, Is.EqualTo(404), "the reports scope reaches the reports endpoint");
        Assert.That(mock.Server.Engine.Messages.Count, Is.Zero);
    }

    [Test, CancelAfter(30_000)]
    public async Task OAuthToken_Answer_CarriesRequestIdResponseTimeAndRateLimitHeaders(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        using var client = new HttpClient { BaseAddress = mock.Server.Url };
        using var request = TokenRequest("sms");

        using var response = await client.SendAsync(request, ct);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        foreach (var header in new[] { "X-Request-Id", "X-Response-Time", "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining" })
            Assert.That(response.Headers.Contains(header), Is.True, header);
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_ScheduledMoreThan49DaysAhead_SentWhenItsTimeComes(CancellationToken ct)
    {
        // Regression: Task.Delay refuses waits over about 49 days and the lifecycle died silently.
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var at = mock.Time.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var (_, sent, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi", scheduledDate = at }, ct);
        var message = mock.Server.Engine.Messages.Snapshot().Single();

        await mock.AdvanceUntilAsync(() => message.Status == SmsCx.Contracts.MessageStatus.Delivered, TimeSpan.FromDays(61), ct, TimeSpan.FromHours(12));

        Assert.That(sent.GetProperty("data")[0].GetProperty("status").GetString(), Is.EqualTo("SCHEDULED"));
        Assert.That(message.Timeline.Select(t => t.Status.ToString()), Is.EqualTo(new[] { "Scheduled", "Accepted", "Sent", "Delivered" }));
    }

    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "allowInvalid": "yes" }""", "expected true or false")]
    [TestCase("""{ "to": [1], "from": "AcmeShop", "text": "Hi" }""", "phone number string")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": 5 }""", "expected a string")]
    public async Task Send_WrongFieldType_MessageSaysWhatIsExpectedWithoutDotNetTypeNames(string json, string expected)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var mock = await MockHarness.StartAsync(ct: cts.Token);

        var (status, body, _) = await mock.PostRawAsync("sms", json, cts.Token);
        var message = body.GetProperty("error").GetProperty("message").GetString();

        Assert.That(status, Is.EqualTo(400));
        Assert.That(message, Does.Contain(expected));
        Assert.That(message, Does.Not.Contain("System."));
    }

    [TestCase("tel:+4915112345678")]
    [TestCase("+4915112345678;ext=12")]
    [TestCase("+49151123\u000045678")]
    [TestCase("+49 151 CALLME")]
    public async Task Send_NumberWithPrefixExtensionOrOddCharacters_Invalid1207(string number)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var mock = await MockHarness.StartAsync(ct: cts.Token);

        var (status, body, _) = await mock.PostJsonAsync("sms", new { to = number, from = "AcmeShop", text = "Hi" }, cts.Token);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(1207));
    }

    [TestCase("POST", "_mock/messages/{id}/reply", "garbage", 400, TestName = "AdminApi_ReplyBodyNotJson_ProblemDetails")]
    [TestCase("POST", "_mock/messages/{id}/reply", """{ "text": 123 }""", 400, TestName = "AdminApi_ReplyTextNotString_ProblemDetails")]
    [TestCase("POST", "_mock/messages/{id}/outcome", """{ "status": "DELIVERED", "errorCode": 3 }""", 400, TestName = "AdminApi_ErrorCodeWithDelivered_ProblemDetails")]
    [TestCase("POST", "_mock/messages/{id}/outcome", """{ "status": "FAILED", "afterMs": -5 }""", 400, TestName = "AdminApi_NegativeDelay_ProblemDetails")]
    [TestCase("GET", "_mock/nope", null, 404, TestName = "AdminApi_UnknownRoute_ProblemDetailsNotSmsCxEnvelope")]
    [TestCase("GET", "_mock/messages/{id}/reply", null, 405, TestName = "AdminApi_WrongMethod_ProblemDetails")]
    public async Task AdminApi_BadRequest_AnswersProblemDetails(string method, string path, string? body, int status)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var mock = await MockHarness.StartAsync(ct: cts.Token);
        var (_, sent, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi" }, cts.Token);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", sent.GetProperty("data")[0].GetProperty("msgId").GetString(), StringComparison.Ordinal));
        if (body is not null)
            request.Content = Json(body);

        using var response = await mock.Client.SendAsync(request, cts.Token);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(JsonDocument.Parse(await response.Content.ReadAsStringAsync(cts.Token)).RootElement.GetProperty("detail").GetString(), Is.Not.Empty);
    }

    [Test, CancelAfter(30_000)]
    public async Task AdminApi_UpperCaseMessageId_FindsTheMessage(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var (_, sent, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi" }, ct);
        var id = sent.GetProperty("data")[0].GetProperty("msgId").GetString()!.ToUpperInvariant();

        var (status, _) = await mock.GetAsync($"_mock/messages/{id}", ct);

        Assert.That(status, Is.EqualTo(200));
    }

    private static async Task<JsonElement> TokenAsync(HttpClient client, string scope, CancellationToken ct)
    {
        using var request = TokenRequest(scope);
        using var response = await client.SendAsync(request, ct);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.Clone();
    }

    private static HttpRequestMessage TokenRequest(string scope)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = scope }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("test_app:test_secret"u8.ToArray()));
        return request;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
