using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SmsCx.Contracts;
using SmsCx.Mock;
using SmsCx.Mock.Webhooks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SmsCx.Contract.Tests.Mock;

/// <summary>
/// The webhooks the mock sends, as a receiver sees them: a WireMock.Net server stands in for the app, the mock
/// runs on a fake clock, and every test checks the wire (reference §10) and the journal.
/// </summary>
[TestFixture]
public sealed class WebhookDeliveryTests
{
    private const string Valid = "+4915112345678";
    private const string NeverDelivered = "+4915112999902";
    private const string WireDate = SmsCx.Contracts.Serialization.SmsCxTime.WireFormat;
    private const string WireDatePattern = @"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$";
    private const string UuidPattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private static readonly int[] s_fullThenRest = [50, 200];
    private static readonly string[] s_sentThenFailed = ["SENT", "FAILED"];
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(1);

    private static readonly Dictionary<string, JsonValueKind> s_envelope = new()
    {
        ["event"] = JsonValueKind.String, ["data"] = JsonValueKind.Array,
    };

    [Test, CancelAfter(30_000)]
    public async Task Send_WithDlrCallbackUrl_PostsSentThenDeliveredInTheReferenceShape(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(ct: ct);
        var startedAt = mock.Time.GetUtcNow();

        var sent = await SendAsync(mock, new { to = Valid, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        await SettleAsync(mock, () => sink.Received().Count >= 2, ct);

        var requests = sink.Received();
        Assert.That(requests, Has.Count.EqualTo(2));
        var (msgId, campaignId) = (MsgIdOf(sent, 0), sent.GetProperty("info").GetProperty("campaignId").GetString());
        var expected = new[] { ("SENT", 2), ("DELIVERED", 3) };
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            Assert.Multiple(() =>
            {
                Assert.That(request.Method, Is.EqualTo("POST"));
                Assert.That(request.Path, Is.EqualTo("/dlr"));
                Assert.That(request.ContentType, Is.EqualTo("application/json; charset=utf-8"));
                Assert.That(Shape(request.Body), Is.EquivalentTo(s_envelope));
                Assert.That(request.Event, Is.EqualTo("dlr_update"));
                Assert.That(request.Items, Has.Count.EqualTo(1));
            });
            var item = request.Items[0];
            Assert.Multiple(() =>
            {
                Assert.That(Shape(item), Is.EquivalentTo(DlrShape(errorCode: JsonValueKind.Null, trackData: JsonValueKind.Null)));
                Assert.That(item.GetProperty("campaignId").GetString(), Is.EqualTo(campaignId));
                Assert.That(item.GetProperty("msgId").GetString(), Is.EqualTo(msgId));
                Assert.That(item.GetProperty("status").GetString(), Is.EqualTo(expected[i].Item1));
                Assert.That(item.GetProperty("statusCode").GetInt32(), Is.EqualTo(expected[i].Item2));
                Assert.That(WireTime(item, "datetime"), Is.InRange(startedAt, mock.Time.GetUtcNow()));
            });
        }

        Assert.That(WireTime(requests[1].Items[0], "datetime"), Is.GreaterThanOrEqualTo(WireTime(requests[0].Items[0], "datetime")));
        var (status, report) = await mock.GetAsync($"reports/single/{msgId}", ct);
        Assert.That(status, Is.EqualTo(200));
        Assert.That(StrictSmsCxClient.CheckReport(report), Is.Empty);
        Assert.That(report.GetProperty("data").GetProperty("status").GetString(), Is.EqualTo("DELIVERED"));
        Assert.That(report.GetProperty("data").GetProperty("updatedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_ThreeSendsWithinOneWindow_BatchesOneRequestPerStatus(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(ct: ct);
        var url = sink.UrlFor("dlr");

        var msgIds = new List<string>();
        foreach (var to in new[] { "+4915112345671", "+4915112345672", "+4915112345673" })
            msgIds.Add(MsgIdOf(await SendAsync(mock, new { to, from = "AcmeShop", text = "Hi", dlrCallbackUrl = url }, ct), 0));
        await SettleAsync(mock, () => sink.Received().Count >= 2, ct);

        var requests = sink.Received();
        Assert.That(requests, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(requests[0].Items.Select(i => i.GetProperty("status").GetString()), Is.All.EqualTo("SENT"));
            Assert.That(requests[1].Items.Select(i => i.GetProperty("status").GetString()), Is.All.EqualTo("DELIVERED"));
            Assert.That(requests[0].Items.Select(i => i.GetProperty("msgId").GetString()), Is.EquivalentTo(msgIds));
            Assert.That(requests[1].Items.Select(i => i.GetProperty("msgId").GetString()), Is.EquivalentTo(msgIds));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Send_250Recipients_SplitsIntoRequestsOfAtMost200Items(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(ct: ct);
        var recipients = Enumerable.Range(0, 250).Select(i => $"+49151123{i:D5}").ToArray();

        var sent = await SendAsync(mock, new { to = recipients, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        await SettleAsync(mock, () => sink.Received().Sum(r => r.Items.Count) >= 500, ct);

        var requests = sink.Received();
        var sizes = (string status) => requests
            .Where(r => r.Items.All(i => i.GetProperty("status").GetString() == status))
            .Select(r => r.Items.Count)
            .Order();
        Assert.Multiple(() =>
        {
            Assert.That(sent.GetProperty("data").GetArrayLength(), Is.EqualTo(250));
            Assert.That(requests, Has.Count.EqualTo(4));
            Assert.That(requests.Select(r => r.Items.Count), Is.All.InRange(1, 200));
            Assert.That(sizes("SENT"), Is.EqualTo(s_fullThenRest));
            Assert.That(sizes("DELIVERED"), Is.EqualTo(s_fullThenRest));
            Assert.That(requests.SelectMany(r => r.Items).Select(i => i.GetProperty("msgId").GetString()).Distinct().Count(), Is.EqualTo(250));
        });
    }

    [TestCase(204), TestCase(500), CancelAfter(30_000)]
    public async Task Dispatch_ReceiverAnswersNot200_IsRetried(int answer, CancellationToken ct)
    {
        using var sink = WebhookSink.Start(answer);
        await using var mock = await StartMockAsync(o => o.Webhooks.RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], ct);

        await SendAsync(mock, new { to = NeverDelivered, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        await mock.AdvanceUntilAsync(() => mock.Server.Journal.Snapshot().Count >= 2, s_patience, ct);

        var journal = mock.Server.Journal.Snapshot();
        Assert.Multiple(() =>
        {
            Assert.That(journal[0].Attempt, Is.EqualTo(1));
            Assert.That(journal[0].StatusCode, Is.EqualTo(answer));
            Assert.That(journal[0].Outcome, Is.EqualTo(AttemptOutcome.WillRetry));
            Assert.That(journal[0].Error, Is.EqualTo($"HTTP {answer}"));
            Assert.That(journal[1].Attempt, Is.EqualTo(2));
            Assert.That(journal[1].BatchId, Is.EqualTo(journal[0].BatchId));
            Assert.That(journal[1].RequestBody, Is.EqualTo(journal[0].RequestBody));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Dispatch_500ThenOk_AcknowledgesOnlyAfterTheFirstRetryDelay(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        sink.Server.Given(Request.Create().WithPath("/dlr").UsingPost()).InScenario("flaky")
            .WillSetStateTo("recovered").RespondWith(Response.Create().WithStatusCode(500));
        sink.Server.Given(Request.Create().WithPath("/dlr").UsingPost()).InScenario("flaky")
            .WhenStateIs("recovered").RespondWith(Response.Create().WithStatusCode(200));
        await using var mock = await StartMockAsync(ct: ct);
        var firstDelay = new WebhookOptions().RetryDelays[0];

        await SendAsync(mock, new { to = NeverDelivered, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        await mock.AdvanceUntilAsync(() => mock.Server.Journal.Snapshot().Count >= 1, s_patience, ct);
        var first = mock.Server.Journal.Snapshot()[0];
        await mock.AdvanceByAsync(first.StartedAt + firstDelay - TimeSpan.FromMilliseconds(100) - mock.Time.GetUtcNow(), ct);

        Assert.That(mock.Server.Journal.Snapshot(), Has.Count.EqualTo(1), "no retry before the first retry delay");
        Assert.That(sink.Received(), Has.Count.EqualTo(1));
        await mock.AdvanceUntilAsync(() => mock.Server.Journal.Snapshot().Count >= 2, s_patience, ct);
        var second = mock.Server.Journal.Snapshot()[1];
        Assert.Multiple(() =>
        {
            Assert.That(first.Attempt, Is.EqualTo(1));
            Assert.That(first.Outcome, Is.EqualTo(AttemptOutcome.WillRetry));
            Assert.That(first.StatusCode, Is.EqualTo(500));
            Assert.That(second.Attempt, Is.EqualTo(2));
            Assert.That(second.Outcome, Is.EqualTo(AttemptOutcome.Acknowledged));
            Assert.That(second.StatusCode, Is.EqualTo(200));
            Assert.That(second.Error, Is.Null);
            Assert.That(second.StartedAt - first.StartedAt, Is.GreaterThanOrEqualTo(firstDelay));
            Assert.That(sink.Received().Select(r => r.Body.GetRawText()).Distinct().Count(), Is.EqualTo(1), "a retry resends the same body");
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Dispatch_ReceiverRedirects_RedirectNotFollowedNorAcknowledged(CancellationToken ct)
    {
        // Regression: the webhook client followed redirects, so a 302 to a page answering 200 counted as
        // acknowledged although the receiver never got the POST (it became a body-less GET elsewhere).
        using var sink = WebhookSink.Start();
        sink.Server.Given(Request.Create().WithPath("/dlr").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", "/elsewhere"));
        sink.Server.Given(Request.Create().WithPath("/elsewhere").UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200));
        await using var mock = await StartMockAsync(o => o.Webhooks.RetryDelays = [TimeSpan.FromSeconds(1)], ct);

        await SendAsync(mock, new { to = NeverDelivered, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        await SettleAsync(mock, () => mock.Server.Journal.Snapshot().Count >= 2, ct);

        var journal = mock.Server.Journal.Snapshot();
        Assert.Multiple(() =>
        {
            Assert.That(journal.Select(e => e.StatusCode), Is.All.EqualTo(302));
            Assert.That(journal[^1].Outcome, Is.EqualTo(AttemptOutcome.GaveUp));
            Assert.That(sink.Received().Select(r => r.Path), Is.All.EqualTo("/dlr"), "the redirect is not followed");
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Dispatch_ReceiverAlways503_GivesUpAfterEveryRetry(CancellationToken ct)
    {
        using var sink = WebhookSink.Start(503);
        List<TimeSpan> delays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)];
        await using var mock = await StartMockAsync(o => o.Webhooks.RetryDelays = delays, ct);

        await SendAsync(mock, new { to = NeverDelivered, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        await mock.AdvanceUntilAsync(() => mock.Server.Journal.Snapshot().Any(e => e.Outcome == AttemptOutcome.GaveUp), s_patience, ct);
        await mock.AdvanceByAsync(TimeSpan.FromMinutes(5), ct, TimeSpan.FromSeconds(1));

        var journal = mock.Server.Journal.Snapshot();
        Assert.Multiple(() =>
        {
            Assert.That(journal.Select(e => e.Attempt), Is.EqualTo(Enumerable.Range(1, 1 + delays.Count)));
            Assert.That(journal.Select(e => e.Outcome), Is.EqualTo(new[]
            {
                AttemptOutcome.WillRetry, AttemptOutcome.WillRetry, AttemptOutcome.WillRetry, AttemptOutcome.GaveUp,
            }));
            Assert.That(journal.Select(e => e.StatusCode), Is.All.EqualTo(503));
            Assert.That(journal.Select(e => e.BatchId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(sink.Received(), Has.Count.EqualTo(1 + delays.Count));
            Assert.That(mock.Dispatcher.PendingWork, Is.Zero);
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Dispatch_ReceiverTooSlow_JournalsTimeoutWithoutStatusAndRetries(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        // Real seconds against fake ones: the fake timeout elapses long before this answer would come.
        sink.Server.Given(Request.Create().WithPath("/dlr").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(4)));
        await using var mock = await MockHarness.StartAsync(o => o.Webhooks.RetryDelays = [TimeSpan.FromMinutes(1)], ct);

        await SendAsync(mock, new { to = NeverDelivered, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        await mock.AdvanceUntilAsync(() => mock.Server.Journal.Snapshot().Count >= 1, s_patience, ct);

        var entry = mock.Server.Journal.Snapshot().Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.StatusCode, Is.Null);
            Assert.That(entry.Error, Does.StartWith("no answer within"));
            Assert.That(entry.Outcome, Is.EqualTo(AttemptOutcome.WillRetry));
            Assert.That(entry.Latency, Is.GreaterThanOrEqualTo(new WebhookOptions().Timeout));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Dispatch_ConnectionRefused_JournalsErrorWithoutStatusAndRetries(CancellationToken ct)
    {
        var deadUrl = new Uri($"http://127.0.0.1:{UnusedLoopbackPort()}/dlr");
        await using var mock = await StartMockAsync(o => o.Webhooks.RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], ct);

        await SendAsync(mock, new { to = NeverDelivered, from = "AcmeShop", text = "Hi", dlrCallbackUrl = deadUrl }, ct);
        await mock.AdvanceUntilAsync(() => mock.Server.Journal.Snapshot().Count >= 3, s_patience, ct);

        var journal = mock.Server.Journal.Snapshot();
        Assert.Multiple(() =>
        {
            Assert.That(journal.Select(e => e.StatusCode), Is.All.Null);
            Assert.That(journal.Select(e => e.Error), Is.All.Not.Null.And.Not.Empty);
            Assert.That(journal.Select(e => e.Attempt), Is.EqualTo(Enumerable.Range(1, 3)));
            Assert.That(journal.Select(e => e.Outcome), Is.EqualTo(new[]
            {
                AttemptOutcome.WillRetry, AttemptOutcome.WillRetry, AttemptOutcome.GaveUp,
            }));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task MagicNumber_999910_DlrFailedWithErrorCode1(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(ct: ct);

        var sent = await SendAsync(mock, new { to = "+4915112999910", from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        await SettleAsync(mock, () => sink.Received().Count >= 2, ct);

        var final = sink.Received()[^1].Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Shape(final), Is.EquivalentTo(DlrShape(errorCode: JsonValueKind.Number, trackData: JsonValueKind.Null)));
            Assert.That(final.GetProperty("msgId").GetString(), Is.EqualTo(MsgIdOf(sent, 0)));
            Assert.That(final.GetProperty("status").GetString(), Is.EqualTo("FAILED"));
            Assert.That(final.GetProperty("statusCode").GetInt32(), Is.EqualTo(4));
            Assert.That(final.GetProperty("errorCode").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task MagicNumber_999930_SendsReceiveSmsYesToTheAccountUrl(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(o => o.WebhookUrl = sink.UrlFor("account"), ct);
        var to = "+4915112999930";

        var sent = await SendAsync(mock, new { to, from = "AcmeShop", text = "Confirm?", dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        await SettleAsync(mock, () => sink.Received("/account").Count >= 1, ct);

        var request = sink.Received("/account").Single();
        var item = request.Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Event, Is.EqualTo("receive_sms"));
            Assert.That(sink.Received("/dlr").Select(r => r.Event), Is.All.EqualTo("dlr_update"));
            Assert.That(Shape(item), Is.EquivalentTo(new Dictionary<string, JsonValueKind>
            {
                ["msgId"] = JsonValueKind.String, ["from"] = JsonValueKind.String, ["countryIso"] = JsonValueKind.String,
                ["to"] = JsonValueKind.String, ["text"] = JsonValueKind.String, ["cost"] = JsonValueKind.Number,
                ["receivedAt"] = JsonValueKind.String,
            }));
            Assert.That(item.GetProperty("msgId").GetString(), Does.Match(UuidPattern).And.Not.EqualTo(MsgIdOf(sent, 0)));
            Assert.That(item.GetProperty("from").GetString(), Is.EqualTo(to));
            Assert.That(item.GetProperty("countryIso").GetString(), Is.EqualTo("DE"));
            Assert.That(item.GetProperty("to").GetString(), Is.EqualTo(mock.Server.Options.InboundNumber));
            Assert.That(item.GetProperty("text").GetString(), Is.EqualTo("YES"));
            Assert.That(item.GetProperty("cost").GetDecimal(), Is.Zero);
            Assert.That(item.GetProperty("receivedAt").GetString(), Does.Match(WireDatePattern));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task MagicNumber_999940_SendsShortlinkHitToTheAccountUrl(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(o => o.WebhookUrl = sink.UrlFor("account"), ct);
        var to = "+4915112999940";

        var sent = await SendAsync(mock, new { to, from = "AcmeShop", text = "Sale {{shortlink:aB3}}" }, ct);
        await SettleAsync(mock, () => sink.Received().Any(r => r.Event == "shortlink_hit"), ct);

        var item = sink.Received().Single(r => r.Event == "shortlink_hit").Items.Single();
        var expectedShape = new Dictionary<string, JsonValueKind>
        {
            ["hitId"] = JsonValueKind.Number, ["referrer"] = JsonValueKind.Null, ["groupId"] = JsonValueKind.Null,
        };
        foreach (var name in new[]
        {
            "shortlinkId", "url", "device", "browser", "browserVersion", "os", "osVersion", "brand", "model",
            "screenResolution", "acceptLanguage", "ipAddress", "countryIso", "city", "datetime", "phoneNumber", "campaignId",
        })
        {
            expectedShape[name] = JsonValueKind.String;
        }

        Assert.Multiple(() =>
        {
            Assert.That(Shape(item), Is.EquivalentTo(expectedShape));
            Assert.That(item.GetProperty("hitId").TryGetInt64(out _), Is.True, "hitId is an integer");
            Assert.That(item.GetProperty("shortlinkId").GetString(), Is.EqualTo("aB3"));
            Assert.That(item.GetProperty("url").GetString(), Does.StartWith("https://en.ax/aB3/"));
            Assert.That(item.GetProperty("device").GetString(), Is.AnyOf("mobile", "tablet", "desktop"));
            Assert.That(item.GetProperty("ipAddress").GetString(), Does.Match(@"^\d{1,3}\.\d{1,3}\.\d{1,3}\.0$"));
            Assert.That(item.GetProperty("countryIso").GetString(), Has.Length.EqualTo(2));
            Assert.That(item.GetProperty("datetime").GetString(), Does.Match(WireDatePattern));
            Assert.That(item.GetProperty("phoneNumber").GetString(), Is.EqualTo(to));
            Assert.That(item.GetProperty("campaignId").GetString(), Is.EqualTo(sent.GetProperty("info").GetProperty("campaignId").GetString()));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task MagicNumber_999941_SendsNewOptoutAndRejectsLaterSends(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(o => o.WebhookUrl = sink.UrlFor("account"), ct);
        var to = "+4915112999941";

        var sent = await SendAsync(mock, new { to, from = "AcmeShop", text = "Sale. Stop: {{optoutLink}}" }, ct);
        await SettleAsync(mock, () => sink.Received().Any(r => r.Event == "new_optout"), ct);
        var later = await SendAsync(mock, new { to, from = "AcmeShop", text = "Another sale" }, ct);

        var item = sink.Received().Single(r => r.Event == "new_optout").Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Shape(item), Is.EquivalentTo(new Dictionary<string, JsonValueKind>
            {
                ["hitId"] = JsonValueKind.Number, ["optoutId"] = JsonValueKind.String, ["optoutUrl"] = JsonValueKind.String,
                ["optoutType"] = JsonValueKind.String, ["countryIso"] = JsonValueKind.String, ["datetime"] = JsonValueKind.String,
                ["phoneNumber"] = JsonValueKind.String, ["campaignId"] = JsonValueKind.String, ["groupId"] = JsonValueKind.Null,
            }));
            Assert.That(item.GetProperty("hitId").TryGetInt64(out _), Is.True, "hitId is an integer");
            Assert.That(item.GetProperty("optoutType").GetString(), Is.EqualTo("link"));
            Assert.That(item.GetProperty("optoutUrl").GetString(), Does.StartWith("https://"));
            Assert.That(item.GetProperty("countryIso").GetString(), Is.EqualTo("DE"));
            Assert.That(item.GetProperty("datetime").GetString(), Does.Match(WireDatePattern));
            Assert.That(item.GetProperty("phoneNumber").GetString(), Is.EqualTo(to));
            Assert.That(item.GetProperty("campaignId").GetString(), Is.EqualTo(sent.GetProperty("info").GetProperty("campaignId").GetString()));
            Assert.That(later.GetProperty("data")[0].GetProperty("status").GetString(), Is.EqualTo("REJECTED"));
            Assert.That(mock.Server.Engine.Optouts.Find(to)!.OptoutFrom, Is.EqualTo("link"));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task SetOutcome_SentMessageToFailedWithCode3_DlrReportsFailedWithErrorCode3(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(ct: ct);
        var trackData = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
        var sent = await SendAsync(mock, new { to = Valid, from = "AcmeShop", text = "Hi", trackData, dlrCallbackUrl = sink.UrlFor("dlr") }, ct);
        var msgId = MsgIdOf(sent, 0);
        await mock.AdvanceUntilAsync(() => mock.Server.Engine.Messages.TryGet(msgId, out var m) && m.Status == MessageStatus.Sent, s_patience, ct);

        mock.Server.Engine.SetOutcome(msgId, MessageStatus.Failed, 3, TimeSpan.Zero);
        await SettleAsync(mock, () => sink.Received().SelectMany(r => r.Items).Count() >= 2, ct);

        var items = sink.Received().SelectMany(r => r.Items).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.GetProperty("status").GetString()), Is.EqualTo(s_sentThenFailed));
            Assert.That(Shape(items[1]), Is.EquivalentTo(DlrShape(errorCode: JsonValueKind.Number, trackData: JsonValueKind.String)));
            Assert.That(items[1].GetProperty("errorCode").GetInt32(), Is.EqualTo(3));
            Assert.That(items[1].GetProperty("trackData").GetString(), Is.EqualTo(trackData));
            Assert.That(mock.Server.Engine.Messages.TryGet(msgId, out var m) ? m.ErrorCode : null, Is.EqualTo(3));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task SetOutcome_AfterDelivered_ThrowsInvalidOperationWithHelpfulMessage(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(ct: ct);
        var msgId = MsgIdOf(await SendAsync(mock, new { to = Valid, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr") }, ct), 0);
        await SettleAsync(mock, () => sink.Received().Count >= 2, ct);

        Assert.That(
            () => mock.Server.Engine.SetOutcome(msgId, MessageStatus.Failed, 3, TimeSpan.Zero),
            Throws.InvalidOperationException.With.Message.Contains(msgId).And.Message.Contains("already DELIVERED"));
        await mock.AdvanceByAsync(TimeSpan.FromSeconds(10), ct);
        Assert.That(sink.Received(), Has.Count.EqualTo(2), "a refused outcome sends nothing");
    }

    [Test, CancelAfter(30_000)]
    public async Task Journal_CallbackUrlWithQuerySecrets_MasksEveryQueryValue(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(ct: ct);

        await SendAsync(mock, new { to = NeverDelivered, from = "AcmeShop", text = "Hi", dlrCallbackUrl = sink.UrlFor("dlr?k=secret&tenant=acme") }, ct);
        await SettleAsync(mock, () => sink.Received().Count >= 1, ct);

        var entry = mock.Server.Journal.Snapshot().Single();
        var (_, adminJournal) = await mock.GetAsync("_mock/journal", ct);
        Assert.Multiple(() =>
        {
            Assert.That(entry.Endpoint, Does.EndWith("/dlr?k=***&tenant=***"));
            Assert.That(entry.Endpoint, Does.Not.Contain("secret").And.Not.Contain("acme"));
            Assert.That(adminJournal.GetRawText(), Does.Not.Contain("secret"));
            Assert.That(sink.Received().Single().Query, Is.EqualTo("?k=secret&tenant=acme"), "the receiver still gets the real URL");
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task AdminApi_ListReplyAndJournal_SendsReceiveSmsAndListsAttempts(CancellationToken ct)
    {
        using var sink = WebhookSink.Start();
        await using var mock = await StartMockAsync(o => o.WebhookUrl = sink.UrlFor("account"), ct);
        var msgId = MsgIdOf(await SendAsync(mock, new { to = NeverDelivered, from = "AcmeShop", text = "Confirm?" }, ct), 0);

        var (listStatus, messages) = await mock.GetAsync("_mock/messages", ct);
        var (replyStatus, reply, replyResponse) = await mock.PostJsonAsync($"_mock/messages/{msgId}/reply", new { text = "YES" }, ct);
        replyResponse.Dispose();
        await SettleAsync(mock, () => sink.Received().Any(r => r.Event == "receive_sms"), ct);
        var (journalStatus, journal) = await mock.GetAsync("_mock/journal", ct);

        var received = sink.Received().Single(r => r.Event == "receive_sms").Items.Single();
        var attempt = journal.EnumerateArray().Single(e => e.GetProperty("event").GetString() == "receive_sms");
        Assert.Multiple(() =>
        {
            Assert.That(listStatus, Is.EqualTo(200));
            Assert.That(messages.EnumerateArray().Select(m => m.GetProperty("msgId").GetString()), Is.EqualTo(new[] { msgId }));
            Assert.That(replyStatus, Is.EqualTo(200));
            Assert.That(received.GetProperty("text").GetString(), Is.EqualTo("YES"));
            Assert.That(received.GetProperty("msgId").GetString(), Is.EqualTo(reply.GetProperty("msgId").GetString()));
            Assert.That(journalStatus, Is.EqualTo(200));
            Assert.That(attempt.GetProperty("attempt").GetInt32(), Is.EqualTo(1));
            Assert.That(attempt.GetProperty("statusCode").GetInt32(), Is.EqualTo(200));
            Assert.That(attempt.GetProperty("error").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(attempt.GetProperty("items")[0].GetProperty("relatedMsgId").GetString(), Is.EqualTo(msgId));
            Assert.That(journal.EnumerateArray().Select(e => e.GetProperty("event").GetString()), Does.Contain("dlr_update"));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task AdminApi_AdminKeySetAndHeaderMissing_Answers401ProblemDetails(CancellationToken ct)
    {
        await using var mock = await StartMockAsync(o => o.AdminKey = "admin-key-1", ct);

        using var missing = await mock.Client.GetAsync("_mock/messages", ct);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "_mock/journal") { Headers = { { "X-Admin-Key", "guess" } } };
        using var wrongAnswer = await mock.Client.SendAsync(wrong, ct);
        using var right = new HttpRequestMessage(HttpMethod.Get, "_mock/messages") { Headers = { { "X-Admin-Key", "admin-key-1" } } };
        using var rightAnswer = await mock.Client.SendAsync(right, ct);

        var problem = JsonDocument.Parse(await missing.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That((int)missing.StatusCode, Is.EqualTo(401));
            Assert.That(missing.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(401));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("X-Admin-Key"));
            Assert.That((int)wrongAnswer.StatusCode, Is.EqualTo(401));
            Assert.That((int)rightAnswer.StatusCode, Is.EqualTo(200));
        });
    }

    /// <summary>A mock whose receiver timeout is far beyond any fake-time step, so a slow real answer never times out.</summary>
    private static Task<MockHarness> StartMockAsync(Action<MockOptions>? configure = null, CancellationToken ct = default) =>
        MockHarness.StartAsync(o =>
        {
            o.Webhooks.Timeout = TimeSpan.FromHours(12);
            configure?.Invoke(o);
        }, ct);

    private static async Task<JsonElement> SendAsync(MockHarness mock, object body, CancellationToken ct)
    {
        var (status, answer, response) = await mock.PostJsonAsync("sms", body, ct);
        response.Dispose();
        Assert.That(status, Is.EqualTo(200), () => answer.ToString());
        return answer;
    }

    /// <summary>Advances until <paramref name="condition"/> holds and the dispatcher has nothing left to deliver.</summary>
    private static Task SettleAsync(MockHarness mock, Func<bool> condition, CancellationToken ct) =>
        mock.AdvanceUntilAsync(() => condition() && mock.Dispatcher.PendingWork == 0, s_patience, ct);

    private static string MsgIdOf(JsonElement sent, int index) =>
        sent.GetProperty("data")[index].GetProperty("msgId").GetString()!;

    private static Dictionary<string, JsonValueKind> Shape(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind);

    private static Dictionary<string, JsonValueKind> DlrShape(JsonValueKind errorCode, JsonValueKind trackData) => new()
    {
        ["campaignId"] = JsonValueKind.String, ["msgId"] = JsonValueKind.String, ["statusCode"] = JsonValueKind.Number,
        ["status"] = JsonValueKind.String, ["errorCode"] = errorCode, ["datetime"] = JsonValueKind.String,
        ["trackData"] = trackData,
    };

    private static DateTimeOffset WireTime(JsonElement item, string name) =>
        DateTimeOffset.ParseExact(item.GetProperty(name).GetString()!, WireDate, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static int UnusedLoopbackPort()
    {
        // Bind to a free port and close it again: nothing listens there afterwards, so a connection is refused.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
