using System.Net.Http.Headers;
using System.Text.Json;
using SmsCx.Contracts;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed class SendSmsApiTests
{
    private const string Valid = "+4915112345678";

    [Test, CancelAfter(30_000)]
    public async Task Send_OneRecipientAsString_AnswersInTheReferenceShape(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (status, body, response) = await mock.PostJsonAsync("sms",
            new { to = Valid, from = "AcmeShop", text = "Your code is 482913" }, ct);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(StrictSmsCxClient.CheckSendResponse(body), Is.Empty);
        var item = body.GetProperty("data")[0];
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("status").GetString(), Is.EqualTo("ACCEPTED"));
            Assert.That(item.GetProperty("statusCode").GetInt32(), Is.EqualTo(0));
            Assert.That(item.GetProperty("errorCode").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(item.TryGetProperty("trackData", out _), Is.False);
            Assert.That(item.GetProperty("to").GetString(), Is.EqualTo(Valid));
            Assert.That(item.GetProperty("countryIso").GetString(), Is.EqualTo("DE"));
            Assert.That(item.GetProperty("cost").GetDecimal(), Is.EqualTo(0.074m));
            Assert.That(item.GetProperty("textAnalysis").GetProperty("length").GetInt32(), Is.EqualTo(19));
            Assert.That(body.GetProperty("info").GetProperty("totalCost").GetDecimal(), Is.EqualTo(0.074m));
            Assert.That(body.GetProperty("info").GetProperty("dlrCallbackUrl").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(response.Headers.GetValues("X-Request-Id").Single(), Does.Match("^[0-9a-f-]{36}$"));
            Assert.That(response.Headers.GetValues("X-Rate-Limit-Limit").Single(), Is.EqualTo("1000"));
            Assert.That(response.Headers.GetValues("X-Rate-Limit-Remaining").Single(), Is.EqualTo("999"));
            Assert.That(response.Headers.GetValues("X-Response-Time").Single(), Does.Match(@"^\d+\.\d{3}s$"));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_BulkWithAllowInvalid_ListsInvalidNumbersAndSendsTheRest(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var trackData = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

        var (status, body, response) = await mock.PostJsonAsync("sms", new
        {
            to = new[] { Valid, "+33612345678", "+49151" },
            from = "AcmeShop",
            text = "Sale {{shortlink:aB3}} Stop: {{optoutLink}}",
            allowInvalid = true,
            trackData,
            idempotencyId = "0b9d6c2e-8f41-4a7b-9c3d-2e5f6a7b8c9d",
        }, ct);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(StrictSmsCxClient.CheckSendResponse(body), Is.Empty);
        var info = body.GetProperty("info");
        Assert.Multiple(() =>
        {
            Assert.That(info.GetProperty("totalPhoneNumbers").GetInt32(), Is.EqualTo(3));
            Assert.That(info.GetProperty("totalValid").GetInt32(), Is.EqualTo(2));
            Assert.That(info.GetProperty("totalInvalid").GetInt32(), Is.EqualTo(1));
            Assert.That(info.GetProperty("invalid")[0].GetString(), Is.EqualTo("+49151"));
            Assert.That(info.GetProperty("phoneNumbersByCountry").GetProperty("FR").GetInt32(), Is.EqualTo(1));
            Assert.That(body.GetProperty("data")[0].GetProperty("trackData").GetString(), Is.EqualTo(trackData));
            Assert.That(body.GetProperty("data")[0].GetProperty("text").GetString(), Does.Match(@"^Sale https://en\.ax/aB3/\w{3} Stop: https://en\.ax/o/\w{3}/\w{3}$"));
            Assert.That(response.Headers.GetValues("X-Idempotency-Id").Single(), Is.EqualTo("0b9d6c2e-8f41-4a7b-9c3d-2e5f6a7b8c9d"));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_ShortResponseAndNoTextDetails_TrimTheAnswer(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (_, shortBody, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi", shortResponse = true }, ct);
        var (_, bareBody, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi", noTextDetails = true }, ct);

        Assert.That(shortBody.GetProperty("data").GetArrayLength(), Is.Zero);
        Assert.That(bareBody.GetProperty("data")[0].TryGetProperty("text", out _), Is.False);
        Assert.That(bareBody.GetProperty("data")[0].TryGetProperty("textAnalysis", out _), Is.False);
        Assert.That(StrictSmsCxClient.CheckSendResponse(bareBody), Is.Empty);
    }

    [TestCase("""{ "from": "AcmeShop", "text": "Hi" }""", 400, "invalid_param", 1104, TestName = "Send_ToMissing_1104")]
    [TestCase("""{ "to": [], "from": "AcmeShop", "text": "Hi" }""", 400, "invalid_param", 1104, TestName = "Send_ToEmpty_1104")]
    [TestCase("""{ "to": "+4915112345678", "text": "Hi" }""", 400, "invalid_param", 1105, TestName = "Send_FromMissing_1105")]
    [TestCase("""{ "to": "+4915112345678", "from": "AB", "text": "Hi" }""", 400, "invalid_param", 1106, TestName = "Send_FromTooShort_1106")]
    [TestCase("""{ "to": "+4915112345678", "from": "ABCDEFGHIJKLMNOP", "text": "Hi" }""", 400, "invalid_param", 1106, TestName = "Send_FromTooLong_1106")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop" }""", 400, "invalid_param", 1107, TestName = "Send_TextMissing_1107")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "scheduledDate": "tomorrow" }""", 400, "invalid_param", 1108, TestName = "Send_ScheduledDateInvalid_1108")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "dlrCallbackUrl": "not a url" }""", 400, "invalid_param", 1109, TestName = "Send_CallbackUrlInvalid_1109")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "dlrCallbackUrl": "ftp://x.example/" }""", 400, "invalid_param", 1109, TestName = "Send_CallbackUrlNotHttp_1109")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "transliteration": { "alphabet": "KLINGON" } }""", 400, "invalid_param", 1110, TestName = "Send_AlphabetUnknown_1110")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "transliteration": { } }""", 400, "invalid_param", 1110, TestName = "Send_TransliterationWithoutAlphabet_1110")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "idempotencyId": "abc" }""", 400, "invalid_param", 1111, TestName = "Send_IdempotencyIdNotUuid_1111")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "scheduledDate": "2020-01-01 10:00:00" }""", 400, "invalid_param", 1116, TestName = "Send_ScheduledDateInPast_1116")]
    [TestCase("""{ "to": "+49151", "from": "AcmeShop", "text": "Hi" }""", 400, "invalid_param", 1207, TestName = "Send_SingleInvalidNumber_1207")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "transliteration": "NON_GSM" }""", 400, "invalid_param", 1135, TestName = "Send_TransliterationNotObject_1135")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi", "transliteration": { "alphabet": "NONE", "removeEmojis": "yes" } }""", 400, "invalid_param", 1503, TestName = "Send_RemoveEmojisNotBoolean_1503")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Code {{numbers:x}}" }""", 400, "invalid_param", 1136, TestName = "Send_PlaceholderLengthNotNumber_1136")]
    [TestCase("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Code {{numbers:21}}" }""", 400, "invalid_param", 1137, TestName = "Send_PlaceholderLengthOutOfRange_1137")]
    [TestCase("""{ "to": "+4915112999921", "from": "AcmeShop", "text": "Hi" }""", 403, "no_coverage", 1119, TestName = "Send_OnlyUncoveredRecipient_1119")]
    [TestCase("""{ "to": "+4915112345678", "from": 42, "text": "Hi" }""", 400, "invalid_body", 1000, TestName = "Send_FromWrongType_InvalidBody")]
    [TestCase("""[1, 2]""", 400, "invalid_body", 1000, TestName = "Send_BodyNotObject_InvalidBody")]
    [TestCase("""{ "to": "+4915112345678", """, 400, "invalid_body", 1000, TestName = "Send_BodyNotJson_InvalidBody")]
    public async Task Send_InvalidRequest_AnswersDocumentedError(string json, int status, string type, int code)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var mock = await MockHarness.StartAsync(ct: cts.Token);

        var (actual, body, _) = await mock.PostRawAsync("sms", json, cts.Token);

        Assert.That(actual, Is.EqualTo(status));
        Assert.That(StrictSmsCxClient.CheckError(body), Is.Empty);
        Assert.That(body.GetProperty("error").GetProperty("type").GetString(), Is.EqualTo(type));
        Assert.That(body.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(code));
        Assert.That(mock.Server.Engine.Messages.Count, Is.Zero, "a refused send must store nothing");
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_SeveralRecipientsOneInvalid_1210ListsItInBothPlaces(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (status, body, _) = await mock.PostJsonAsync("sms", new { to = new[] { Valid, "+3361" }, from = "AcmeShop", text = "Hi" }, ct);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(1210));
        Assert.That(body.GetProperty("error").GetProperty("invalid")[0].GetString(), Is.EqualTo("+3361"));
        Assert.That(body.GetProperty("invalid")[0].GetString(), Is.EqualTo("+3361"));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_MoreThan25000Numbers_1103(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var numbers = Enumerable.Range(0, 25_001).Select(i => $"+49151{i:D8}").ToArray();
        var (status, body, _) = await mock.PostJsonAsync("sms", new { to = numbers, from = "AcmeShop", text = "Hi" }, ct);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(1103));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_TextOverTenParts_RefusedWithTextCode(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (status, body, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = new string('a', 1531) }, ct);
        var (okStatus, _, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = new string('a', 1530) }, ct);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(1107));
        Assert.That(okStatus, Is.EqualTo(200));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_MagicNumbers_ChooseRejectedAndNoCoverageAtSendTime(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (status, body, _) = await mock.PostJsonAsync("sms",
            new { to = new[] { "+4915112999920", "+4915112999921", Valid }, from = "AcmeShop", text = "Hi" }, ct);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(StrictSmsCxClient.CheckSendResponse(body), Is.Empty);
        var data = body.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(data[0].GetProperty("status").GetString(), Is.EqualTo("REJECTED"));
            Assert.That(data[0].GetProperty("cost").GetDecimal(), Is.Zero);
            Assert.That(data[1].GetProperty("status").GetString(), Is.EqualTo("NO COVERAGE"));
            Assert.That(data[1].GetProperty("statusCode").GetInt32(), Is.EqualTo(MessageStatusTable.CodeOf(MessageStatus.NoCoverage)));
            Assert.That(data[2].GetProperty("status").GetString(), Is.EqualTo("ACCEPTED"));
            Assert.That(body.GetProperty("info").GetProperty("totalCost").GetDecimal(), Is.EqualTo(0.074m));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_ScheduledDate_AnswersScheduledInEveryDocumentedFormat(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        foreach (var date in new[] { "2026-12-05 10:00:00", "2026-12-05T10:00:00", "2026-12-05T11:00:00+01:00" })
        {
            var (status, body, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi", scheduledDate = date }, ct);

            Assert.That(status, Is.EqualTo(200), date);
            Assert.That(body.GetProperty("info").GetProperty("scheduled").GetBoolean(), Is.True);
            Assert.That(body.GetProperty("data")[0].GetProperty("status").GetString(), Is.EqualTo("SCHEDULED"));
            Assert.That(body.GetProperty("data")[0].GetProperty("scheduledAt").GetString(), Is.EqualTo("2026-12-05 10:00:00"));
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task Estimate_PricesWithoutSending(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (status, body, _) = await mock.PostJsonAsync("sms/estimate", new { to = Valid, from = "AcmeShop", text = new string('x', 200) }, ct);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body.GetProperty("info").GetProperty("totalParts").GetInt32(), Is.EqualTo(2));
        Assert.That(body.GetProperty("info").GetProperty("totalCost").GetDecimal(), Is.EqualTo(0.148m));
        Assert.That(mock.Server.Engine.Messages.Count, Is.Zero);
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_WithoutOrWithWrongApiKey_401InvalidApiKey(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        using var anonymous = new HttpClient { BaseAddress = mock.Server.Url };
        using var wrong = new HttpClient { BaseAddress = mock.Server.Url };
        wrong.DefaultRequestHeaders.Add("X-API-KEY", "test_kez");

        foreach (var client in new[] { anonymous, wrong })
        {
            using var response = await client.PostAsync("sms", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), ct);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;

            Assert.That((int)response.StatusCode, Is.EqualTo(401));
            Assert.That(body.GetProperty("error").GetProperty("type").GetString(), Is.EqualTo("invalid_api_key"));
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_OverRateLimit_429WithResetHeader(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(o => o.RateLimit = 2, ct);

        var body = new { to = Valid, from = "AcmeShop", text = "Hi" };
        await mock.PostJsonAsync("sms", body, ct);
        await mock.PostJsonAsync("sms", body, ct);
        var (status, error, response) = await mock.PostJsonAsync("sms", body, ct);

        Assert.That(status, Is.EqualTo(429));
        Assert.That(error.GetProperty("error").GetProperty("type").GetString(), Is.EqualTo("rate_limit"));
        Assert.That(response.Headers.GetValues("X-Rate-Limit-Remaining").Single(), Is.EqualTo("0"));
        Assert.That(long.Parse(response.Headers.GetValues("X-Rate-Limit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(mock.Time.GetUtcNow().ToUnixTimeSeconds() + 1));

        mock.Time.Advance(TimeSpan.FromSeconds(1));
        var (afterWindow, _, _) = await mock.PostJsonAsync("sms", body, ct);
        Assert.That(afterWindow, Is.EqualTo(200));
    }

    [Test, CancelAfter(30_000)]
    public async Task UnknownRouteAndWrongMethod_AnswerInTheErrorEnvelope(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (notFound, notFoundBody) = await mock.GetAsync("nope", ct);
        var (wrongMethod, wrongMethodBody) = await mock.GetAsync("sms", ct);

        Assert.That(notFound, Is.EqualTo(404));
        Assert.That(StrictSmsCxClient.CheckError(notFoundBody), Is.Empty);
        Assert.That(wrongMethod, Is.EqualTo(405));
        Assert.That(wrongMethodBody.GetProperty("error").GetProperty("type").GetString(), Is.EqualTo("invalid_method"));
    }

    [Test, CancelAfter(30_000)]
    public async Task OAuthToken_IssuesBearerTokenThatAuthenticatesUntilItExpires(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        using var client = new HttpClient { BaseAddress = mock.Server.Url };
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "sms reports" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("test_app:test_secret"u8.ToArray()));

        using var tokenResponse = await client.SendAsync(request, ct);
        var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.That((int)tokenResponse.StatusCode, Is.EqualTo(200));
        Assert.That(token.GetProperty("token_type").GetString(), Is.EqualTo("Bearer"));
        Assert.That(token.GetProperty("scope").GetString(), Is.EqualTo("sms reports"));
        Assert.That(token.GetProperty("expires_in").GetInt32(), Is.EqualTo(86_400));

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        var body = new StringContent("""{ "to": "+4915112345678", "from": "AcmeShop", "text": "Hi" }""", System.Text.Encoding.UTF8, "application/json");
        using var sent = await client.PostAsync("sms", body, ct);
        Assert.That((int)sent.StatusCode, Is.EqualTo(200));

        mock.Time.Advance(TimeSpan.FromDays(1));
        using var expired = await client.PostAsync("sms", body, ct);
        Assert.That((int)expired.StatusCode, Is.EqualTo(401));
    }

    [TestCase("test_app:wrong", "grant_type=client_credentials", 401, "invalid_client", TestName = "OAuthToken_WrongSecret_InvalidClient")]
    [TestCase("test_app:test_secret", "scope=sms", 400, "invalid_request", TestName = "OAuthToken_NoGrantType_InvalidRequest")]
    [TestCase("test_app:test_secret", "grant_type=password", 400, "unsupported_grant_type", TestName = "OAuthToken_PasswordGrant_Unsupported")]
    [TestCase("test_app:test_secret", "grant_type=client_credentials&scope=sms%20admin", 400, "invalid_scope", TestName = "OAuthToken_UnknownScope_InvalidScope")]
    public async Task OAuthToken_BadRequest_AnswersEnvelopeWithCode1600(string credentials, string form, int status, string type)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var mock = await MockHarness.StartAsync(ct: cts.Token);
        using var client = new HttpClient { BaseAddress = mock.Server.Url };
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
        {
            Content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(credentials)));

        using var response = await client.SendAsync(request, cts.Token);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cts.Token)).RootElement;

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(body.GetProperty("error").GetProperty("type").GetString(), Is.EqualTo(type));
        Assert.That(body.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(1600));
    }
}
