using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed partial class InspectorTests
{
    private const string Page = "_mock/inspector/";
    private const string State = "_mock/inspector/state";

    [Test, CancelAfter(30_000)]
    public async Task Page_Get_IsHtmlWithASelfOnlyContentSecurityPolicy(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        using var response = await mock.Client.GetAsync(Page, ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(csp, Does.Contain("default-src 'none'").And.Contain("script-src 'self'")
            .And.Contain("style-src 'self'").And.Contain("connect-src 'self'"));
        Assert.That(csp, Does.Not.Contain("unsafe").And.Not.Contain("http").And.Not.Contain("*"));
        Assert.That(await response.Content.ReadAsStringAsync(ct), Does.Contain("<title>SMS.CX mock inspector</title>"));
    }

    [Test, CancelAfter(30_000)]
    public async Task Page_WithoutTrailingSlash_RedirectsToThePage(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            BaseAddress = mock.Server.Url,
        };

        using var response = await client.GetAsync("_mock/inspector", ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/_mock/inspector/"));
    }

    [TestCase("inspector.css", "text/css")]
    [TestCase("inspector.js", "text/javascript")]
    [CancelAfter(30_000)]
    public async Task Asset_Get_ServedWithItsTypeAndThePolicy(string file, string mediaType, CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        using var response = await mock.Client.GetAsync(Page + file, ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        Assert.That(response.Headers.Contains("Content-Security-Policy"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [Test, CancelAfter(30_000)]
    public async Task Asset_Unknown_IsA404Problem(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        using var response = await mock.Client.GetAsync(Page + "missing.js", ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test, CancelAfter(30_000)]
    public async Task Page_AndEveryFileItLoads_ReferenceNoOtherHost(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var html = await mock.Client.GetStringAsync(Page, ct);
        var references = ReferencePattern().Matches(html).Select(m => m.Groups["url"].Value).ToList();

        Assert.That(references, Is.EquivalentTo(new[] { "inspector.css", "inspector.js" }),
            "the page loads exactly its own style sheet and script, by relative URL");
        var files = new List<(string Name, string Text)> { ("index.html", html) };
        foreach (var reference in references)
            files.Add((reference, await mock.Client.GetStringAsync(Page + reference, ct)));

        Assert.Multiple(() =>
        {
            foreach (var (name, text) in files)
            {
                Assert.That(text, Does.Not.Contain("http://").And.Not.Contain("https://"), name);
                Assert.That(ProtocolRelativePattern().Matches(text).Select(m => m.Value), Is.Empty,
                    $"{name} has a protocol-relative (//host) URL");
                Assert.That(text, Does.Not.Contain("@import").And.Not.Contain("innerHTML"), name);
            }
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task State_Unchanged_AnswersNotModifiedWithoutABody(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        await mock.PostJsonAsync("sms", Some.Sms, ct);
        using var first = await mock.Client.GetAsync(State, ct);
        var etag = first.Headers.ETag;

        using var again = new HttpRequestMessage(HttpMethod.Get, State);
        again.Headers.IfNoneMatch.Add(etag!);
        using var response = await mock.Client.SendAsync(again, ct);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(response.Headers.ETag, Is.EqualTo(etag));
        Assert.That(await response.Content.ReadAsByteArrayAsync(ct), Is.Empty);
    }

    [Test, CancelAfter(30_000)]
    public async Task State_StatusChanges_NewVersionAndTheMessageNewestFirst(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        await mock.PostJsonAsync("sms", Some.Sms, ct);
        mock.Time.Advance(TimeSpan.FromSeconds(1));
        await mock.PostJsonAsync("sms", Some.Sms with { text = "Second" }, ct);
        var before = await GetStateAsync(mock.Client, ct);

        await mock.AdvanceUntilAsync(() => mock.Server.Messages.All(m => m.Status == Contracts.MessageStatus.Delivered),
            TimeSpan.FromSeconds(10), ct);
        var after = await GetStateAsync(mock.Client, ct);

        Assert.That(after.Version, Is.GreaterThan(before.Version));
        Assert.That(after.Response.Headers.ETag?.Tag, Is.EqualTo($"\"{after.Version}-200-none\""));
        var messages = after.Body.GetProperty("messages").EnumerateArray().ToList();
        Assert.That(messages.Select(m => m.GetProperty("text").GetString()), Is.EqualTo(new[] { "Second", "Hi" }));
        Assert.That(messages.Select(m => m.GetProperty("status").GetString()), Is.All.EqualTo("DELIVERED"));
        Assert.That(after.Body.GetProperty("messageCount").GetInt32(), Is.EqualTo(2));
    }

    [Test, CancelAfter(30_000)]
    public async Task State_Limit_KeepsTheNewestAndCountsAll(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        for (var i = 0; i < 3; i++)
        {
            await mock.PostJsonAsync("sms", Some.Sms with { text = $"Text {i}" }, ct);
            mock.Time.Advance(TimeSpan.FromMilliseconds(10));
        }

        var state = await GetStateAsync(mock.Client, ct, "?limit=2");

        Assert.That(state.Body.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "Text 2", "Text 1" }));
        Assert.That(state.Body.GetProperty("messageCount").GetInt32(), Is.EqualTo(3));
    }

    [TestCase("0")]
    [TestCase("1001")]
    [TestCase("abc")]
    [TestCase("99999999999")]
    [TestCase("1&limit=2")]
    [CancelAfter(30_000)]
    public async Task State_LimitNotANumberOrOutOfRange_IsA400ProblemNamingTheLimit(string limit, CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);

        var (status, body) = await mock.GetAsync($"{State}?limit={limit}", ct);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("detail").GetString(), Does.Contain("limit must be one whole number from 1 to 1000"));
    }

    [Test, CancelAfter(30_000)]
    public async Task State_ETagOfOneSelection_DoesNotAnswerForAnother(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(ct: ct);
        var (_, sent, _) = await mock.PostJsonAsync("sms", Some.Sms, ct);
        var msgId = sent.GetProperty("data")[0].GetProperty("msgId").GetString();
        var first = await GetStateAsync(mock.Client, ct);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{State}?limit=2&msgId={msgId}");
        request.Headers.IfNoneMatch.Add(first.Response.Headers.ETag!);
        using var response = await mock.Client.SendAsync(request, ct);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test, CancelAfter(30_000)]
    public async Task State_SelectedMessage_HasItsTimelineAndOnlyItsWebhooks(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await MockHarness.StartAsync(o => o.WebhookUrl = sink.UrlFor("hooks"), ct);
        var (_, sent, _) = await mock.PostJsonAsync("sms", Some.Sms, ct);
        await mock.PostJsonAsync("sms", Some.Sms with { to = "+4915112345679" }, ct);
        var msgId = sent.GetProperty("data")[0].GetProperty("msgId").GetString()!;
        // The reply goes after the DELIVERED reports are journaled, so "newest first" has one right order.
        await mock.AdvanceUntilAsync(
            () => mock.Server.Messages.All(m => mock.Server.Journal.Find("dlr_update", "DELIVERED", m.MsgId).Count > 0),
            TimeSpan.FromSeconds(10), ct);
        await mock.Server.Customer(Some.Sms.to).RepliesAsync("YES");
        await mock.AdvanceUntilAsync(() => mock.Server.Journal.Find("receive_sms").Count > 0, TimeSpan.FromSeconds(10), ct);

        var state = await GetStateAsync(mock.Client, ct, $"?msgId={msgId.ToUpperInvariant()}");

        var selected = state.Body.GetProperty("selected");
        Assert.That(selected.GetProperty("msgId").GetString(), Is.EqualTo(msgId));
        Assert.That(selected.GetProperty("timeline").EnumerateArray().Select(c => c.GetProperty("status").GetString()),
            Is.EqualTo(new[] { "ACCEPTED", "SENT", "DELIVERED" }));
        var events = state.Body.GetProperty("selectedJournal").EnumerateArray().Select(e => e.GetProperty("event").GetString());
        Assert.That(events, Is.EqualTo(new[] { "receive_sms", "dlr_update", "dlr_update" }),
            "newest first, only this message's");
        var entry = state.Body.GetProperty("journal")[0];
        Assert.That(entry.TryGetProperty("requestBody", out _), Is.False, "bodies stay out of the page's state");
        Assert.That(entry.GetProperty("outcome").GetString(), Is.EqualTo("Acknowledged"));
        Assert.That(entry.GetProperty("statusCode").GetInt32(), Is.EqualTo(200));
    }

    [Test, CancelAfter(30_000)]
    public async Task State_AdminKeySet_401WithoutTheKeyAndTheDataWithIt(CancellationToken ct)
    {
        await using var mock = await MockHarness.StartAsync(o => o.AdminKey = "admin-secret", ct);
        await mock.PostJsonAsync("sms", Some.Sms, ct);

        var (withoutKey, problem) = await mock.GetAsync(State, ct);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, State) { Headers = { { "X-Admin-Key", "wrong" } } };
        using var wrongAnswer = await mock.Client.SendAsync(wrong, ct);
        using var right = new HttpRequestMessage(HttpMethod.Get, State) { Headers = { { "X-Admin-Key", "admin-secret" } } };
        using var rightAnswer = await mock.Client.SendAsync(right, ct);
        using var page = await mock.Client.GetAsync(Page, ct);

        Assert.That(withoutKey, Is.EqualTo(401));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("X-Admin-Key"));
        Assert.That(wrongAnswer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(rightAnswer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the page holds no data and is served without the key");
    }

    private static async Task<(long Version, JsonElement Body, HttpResponseMessage Response)> GetStateAsync(
        HttpClient client, CancellationToken ct, string query = "")
    {
        var response = await client.GetAsync(State + query, ct);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.Clone();
        return (body.GetProperty("version").GetInt64(), body, response);
    }

    // src="..." and href="..." of the page.
    [GeneratedRegex("""(?:src|href)="(?<url>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ReferencePattern();

    // "//host", '//host', url(//host) or =//host: a URL that takes the page's scheme to another host.
    [GeneratedRegex("""["'(=]\s*//[^\s"')]""")]
    private static partial Regex ProtocolRelativePattern();

    private static class Some
    {
        public static readonly SmsBody Sms = new("+4915112345678", "AcmeShop", "Hi");
    }

    private sealed record SmsBody(string to, string from, string text);
}
