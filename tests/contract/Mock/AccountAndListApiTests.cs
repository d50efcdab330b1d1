using System.Text.Json;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed class AccountAndListApiTests
{
    private const string Valid = "+4915112345678";

    [Test, CancelAfter(30_000)]
    public async Task Send_SameIdempotencyIdAndBody_ReplaysFirstAnswerAndSendsOnce(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var body = new { to = Valid, from = "AcmeShop", text = "Hi", idempotencyId = "0b9d6c2e-8f41-4a7b-9c3d-2e5f6a7b8c9d" };

        var first = await mock.PostJsonAsync("sms", body, ct);
        var second = await mock.PostJsonAsync("sms", body, ct);

        Assert.That(second.Status, Is.EqualTo(200));
        Assert.That(second.Body.GetRawText(), Is.EqualTo(first.Body.GetRawText()));
        Assert.That(second.Response.Headers.GetValues("X-Idempotency-Id").Single(), Is.EqualTo(body.idempotencyId));
        Assert.That(mock.Server.Engine.Messages.Count, Is.EqualTo(1));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_SameIdempotencyIdOtherBody_RefusedAsDuplicateId(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        const string Id = "0b9d6c2e-8f41-4a7b-9c3d-2e5f6a7b8c9d";

        await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi", idempotencyId = Id }, ct);
        var (status, error, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hello", idempotencyId = Id }, ct);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(error.GetProperty("error").GetProperty("type").GetString(), Is.EqualTo("duplicate_id"));
        Assert.That(mock.Server.Engine.Messages.Count, Is.EqualTo(1));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_ConcurrentRetriesWithOneIdempotencyId_SendOnce(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var body = new { to = Valid, from = "AcmeShop", text = "Hi", idempotencyId = "1b9d6c2e-8f41-4a7b-9c3d-2e5f6a7b8c9d" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => mock.PostJsonAsync("sms", body, ct)));

        Assert.That(answers.Select(a => a.Status), Has.All.EqualTo(200));
        Assert.That(answers.Select(a => a.Body.GetProperty("data")[0].GetProperty("msgId").GetString()).Distinct().Count(), Is.EqualTo(1));
        Assert.That(mock.Server.Engine.Messages.Count, Is.EqualTo(1));
    }

    [Test, CancelAfter(30_000)]
    public async Task DeleteScheduled_BeforeItsTime_ForgetsItAndReturnsTheCredit(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(o => o.Balance = 10m, ct);
        var (_, sent, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi", scheduledDate = "2026-12-05 09:00:00" }, ct);
        var msgId = sent.GetProperty("data")[0].GetProperty("msgId").GetString();

        using var response = await mock.Client.DeleteAsync($"sms/scheduled/{msgId}", ct);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        var (reportStatus, _) = await mock.GetAsync($"reports/single/{msgId}", ct);
        var (_, balance) = await mock.GetAsync("account/balance", ct);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(body.GetProperty("info").GetProperty("msgId").GetString(), Is.EqualTo(msgId));
        Assert.That(body.GetProperty("info").GetProperty("creditReturned").GetDecimal(), Is.EqualTo(0.074m));
        Assert.That(body.GetProperty("info").GetProperty("channel").GetString(), Is.EqualTo("sms"));
        Assert.That(reportStatus, Is.EqualTo(404));
        Assert.That(balance.GetProperty("balance").GetDecimal(), Is.EqualTo(10m));
    }

    [Test, CancelAfter(30_000)]
    public async Task DeleteScheduled_AlreadySentUnknownOrMalformed_AnswersDocumentedErrors(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var (_, sent, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi" }, ct);
        var msgId = sent.GetProperty("data")[0].GetProperty("msgId").GetString();

        var codes = new List<(int, int)>();
        foreach (var id in new[] { msgId, "3a8c1f5e-2b9d-4e7a-9f60-71829304a5b6", "nope" })
        {
            using var response = await mock.Client.DeleteAsync($"sms/scheduled/{id}", ct);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("error");
            codes.Add(((int)response.StatusCode, error.GetProperty("code").GetInt32()));
        }

        Assert.That(codes, Is.EqualTo(new[] { (403, 1118), (404, 1100), (400, 1115) }));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_BalanceTooLow_1113AndNothingSent(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(o => o.Balance = 0.1m, ct);

        var (first, _, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi" }, ct);
        var (second, error, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi" }, ct);
        var (_, balance) = await mock.GetAsync("account/balance", ct);

        Assert.That(first, Is.EqualTo(200));
        Assert.That(second, Is.EqualTo(400));
        Assert.That(error.GetProperty("error").GetProperty("type").GetString(), Is.EqualTo("insufficient_credit"));
        Assert.That(error.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(1113));
        Assert.That(balance.GetProperty("balance").GetDecimal(), Is.EqualTo(0.026m));
        Assert.That(balance.GetProperty("billing").GetString(), Is.EqualTo("prepaid"));
        Assert.That(mock.Server.Engine.Messages.Count, Is.EqualTo(1));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_PostpaidOverCreditLimit_1114(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(o => o.CreditLimit = 0.1m, ct);

        await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi" }, ct);
        var (status, error, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi" }, ct);
        var (_, balance) = await mock.GetAsync("account/balance", ct);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(error.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(1114));
        Assert.That(balance.GetProperty("billing").GetString(), Is.EqualTo("postpaid"));
        Assert.That(balance.GetProperty("balance").GetDecimal(), Is.EqualTo(0.074m));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_UnknownShortlinkWhenLinksAreConfigured_1112(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(o => o.Shortlinks = ["aB3"], ct);

        var (known, _, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "See {{shortlink:aB3}}" }, ct);
        var (unknown, error, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "See {{attachement:zz9}}" }, ct);

        Assert.That(known, Is.EqualTo(200));
        Assert.That(unknown, Is.EqualTo(400));
        Assert.That(error.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(1112));
    }

    [Test, CancelAfter(30_000)]
    public async Task RateLimit_ConfiguredPerKey_AppliesToThatKeyOnly(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(o =>
        {
            o.ApiKeys = [MockHarness.ApiKey, "other_key"];
            o.RateLimitsByCredential = new() { ["other_key"] = 1 };
        }, ct);
        using var other = new HttpClient { BaseAddress = mock.Server.Url };
        other.DefaultRequestHeaders.Add("X-API-KEY", "other_key");

        using var first = await other.GetAsync("account/balance", ct);
        using var second = await other.GetAsync("account/balance", ct);
        var (main, _) = await mock.GetAsync("account/balance", ct);

        Assert.That((int)first.StatusCode, Is.EqualTo(200));
        Assert.That((int)second.StatusCode, Is.EqualTo(429));
        Assert.That(second.Headers.GetValues("X-Rate-Limit-Limit").Single(), Is.EqualTo("1"));
        Assert.That(main, Is.EqualTo(200));
    }

    [Test, CancelAfter(30_000)]
    public async Task Optouts_AddListPageAndDelete_FollowTheReference(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (added, addBody, _) = await mock.PostJsonAsync("optouts",
            new { phoneNumbers = new[] { Valid, "+33612345678", "+49151", Valid }, allowInvalid = true }, ct);
        var (_, page1) = await mock.GetAsync("optouts?limit=1", ct);
        var next = page1.GetProperty("paging").GetProperty("next").GetString();
        var (_, page2) = await mock.GetAsync($"optouts?limit=1&next={Uri.EscapeDataString(next!)}", ct);
        var (rejected, sent, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi" }, ct);
        var id = page2.GetProperty("data")[0].GetProperty("id").GetInt64();
        using var deleted = await mock.Client.DeleteAsync($"optouts/{id}", ct);

        Assert.That(added, Is.EqualTo(200));
        var info = addBody.GetProperty("info");
        Assert.That((info.GetProperty("totalValid").GetInt32(), info.GetProperty("totalInvalid").GetInt32(),
            info.GetProperty("totalDuplicates").GetInt32(), info.GetProperty("totalPhoneNumbers").GetInt32()), Is.EqualTo((2, 1, 1, 4)));
        Assert.That(page1.GetProperty("info").GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(page1.GetProperty("data")[0].GetProperty("phoneNumber").GetString(), Is.EqualTo("+33612345678"), "newest first");
        Assert.That(page1.GetProperty("data")[0].GetProperty("optoutFrom").GetString(), Is.EqualTo("admin"));
        Assert.That(page2.GetProperty("paging").GetProperty("next").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(page2.GetProperty("paging").GetProperty("previous").GetString(), Is.Not.Null);
        Assert.That(rejected, Is.EqualTo(200));
        Assert.That(sent.GetProperty("data")[0].GetProperty("status").GetString(), Is.EqualTo("REJECTED"));
        Assert.That((int)deleted.StatusCode, Is.EqualTo(200));
        Assert.That(mock.Server.Engine.Optouts.Contains(Valid), Is.False);
    }

    [TestCase("""{ }""", 400, 1203, TestName = "Optouts_PhoneNumbersMissing_1203")]
    [TestCase("""{ "phoneNumbers": [] }""", 400, 1203, TestName = "Optouts_PhoneNumbersEmpty_1203")]
    [TestCase("""{ "phoneNumbers": "+4915112345678" }""", 400, 1208, TestName = "Optouts_PhoneNumbersNotArray_1208")]
    [TestCase("""{ "phoneNumbers": ["+4915112345678", "+49151"] }""", 400, 1210, TestName = "Optouts_InvalidNumberNotAllowed_1210")]
    [TestCase("""{ "phoneNumbers": ["+49151"], "allowInvalid": true }""", 400, 1441, TestName = "Optouts_NoValidNumber_1441")]
    public async Task Optouts_BadAddition_AnswersDocumentedError(string json, int status, int code)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var mock = await MockHarness.StartAsync(ct: cts.Token);

        var (actual, body, _) = await mock.PostRawAsync("optouts", json, cts.Token);

        Assert.That(actual, Is.EqualTo(status));
        Assert.That(body.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(code));
    }

    [Test, CancelAfter(30_000)]
    public async Task Optouts_DeleteLinkEntryOrUnknown_1443And1202(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var (_, sent, _) = await mock.PostJsonAsync("sms", new { to = Valid, from = "AcmeShop", text = "Hi" }, ct);
        mock.Server.Engine.OptOut(sent.GetProperty("data")[0].GetProperty("msgId").GetString()!);
        var id = mock.Server.Engine.Optouts.Find(Valid)!.Id;

        using var link = await mock.Client.DeleteAsync($"optouts/{id}", ct);
        using var unknown = await mock.Client.DeleteAsync("optouts/999", ct);

        Assert.That((int)link.StatusCode, Is.EqualTo(403));
        Assert.That(await link.Content.ReadAsStringAsync(ct), Does.Contain("1443"));
        Assert.That((int)unknown.StatusCode, Is.EqualTo(404));
        Assert.That(await unknown.Content.ReadAsStringAsync(ct), Does.Contain("1202"));
    }
}
