using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace SmsCx.Contract.Tests.Receiver;

[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Kinds))]
public class AppointmentFlowTests(string store)
{
    private readonly string _store = store;

    [Test]
    [CancelAfter(30_000)]
    public async Task PostAppointment_Valid_SendsReminderWithKeyAndBody(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store, ("Receiver:DlrCallbackUrl", "http://127.0.0.1:9/webhooks/smscx"));
        var msgId = Some.MsgId();
        receiver.StubSend(msgId);

        using var response = await receiver.PostAppointmentAsync("A-1001", ct);

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
        var sent = receiver.SmsCx.LogEntries.Single().RequestMessage;
        var body = JsonNode.Parse(sent.Body!)!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(answer["status"]!.GetValue<string>(), Is.EqualTo("reminded"));
            Assert.That(answer["reminderMsgId"]!.GetValue<string>(), Is.EqualTo(msgId));
            Assert.That(sent.Headers!["X-API-KEY"], Is.EqualTo(new[] { ReceiverHarness.ApiKey }));
            Assert.That(body["to"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo((string[])[Some.Phone]));
            Assert.That(body["from"]!.GetValue<string>(), Is.EqualTo("Clinic"));
            Assert.That(body["text"]!.GetValue<string>(), Does.Contain("A-1001").And.Contain("10 Dec 2036 10:00 UTC"));
            Assert.That(body["dlrCallbackUrl"]!.GetValue<string>(), Is.EqualTo("http://127.0.0.1:9/webhooks/smscx"));
            Assert.That(body.AsObject().Select(p => p.Key),
                Is.EquivalentTo((string[])["to", "from", "text", "dlrCallbackUrl"]));
        });
        var message = await receiver.GetAsync($"/messages/{msgId}", ct);
        Assert.Multiple(() =>
        {
            Assert.That(message.GetProperty("status").GetString(), Is.EqualTo("ACCEPTED"));
            Assert.That(message.GetProperty("appointmentId").GetString(), Is.EqualTo("A-1001"));
            Assert.That(message.GetProperty("to").GetString(), Is.EqualTo(Some.Phone));
        });
    }

    [TestCase("Yes", "confirmed")]
    [TestCase(" ok! ", "confirmed")]
    [TestCase("NO", "cancelled")]
    [TestCase("Cancel.", "cancelled")]
    [CancelAfter(30_000)]
    public async Task ReplyWebhook_AfterReminder_ChangesAppointment(string text, string expected, CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var msgId = await receiver.CreateAppointmentAsync("A-1001", Some.MsgId(), ct);

        await receiver.PostWebhookOkAsync(Some.Batch("receive_sms", Some.Reply(Some.Phone, text)), ct);

        var appointment = await receiver.WaitForAsync("/appointments/A-1001",
            a => a.GetProperty("status").GetString() != "reminded", ct);
        var message = await receiver.GetAsync($"/messages/{msgId}", ct);
        Assert.Multiple(() =>
        {
            Assert.That(appointment.GetProperty("status").GetString(), Is.EqualTo(expected));
            Assert.That(appointment.GetProperty("replies")[0].GetProperty("text").GetString(), Is.EqualTo(text));
            Assert.That(message.GetProperty("replies").GetArrayLength(), Is.EqualTo(1));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task ReplyWebhook_Stop_OptsOutAndLeavesAppointment(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        await receiver.CreateAppointmentAsync("A-1001", Some.MsgId(), ct);

        await receiver.PostWebhookOkAsync(Some.Batch("receive_sms", Some.Reply(Some.Phone, "Stop 🙏")), ct);

        var optouts = await receiver.WaitForAsync("/optouts", o => o.GetProperty("total").GetInt32() == 1, ct);
        var appointment = await receiver.GetAsync("/appointments/A-1001", ct);
        Assert.Multiple(() =>
        {
            Assert.That(optouts.GetProperty("data")[0].GetProperty("phoneNumber").GetString(), Is.EqualTo(Some.Phone));
            Assert.That(optouts.GetProperty("data")[0].GetProperty("source").GetString(), Is.EqualTo("reply"));
            Assert.That(appointment.GetProperty("status").GetString(), Is.EqualTo("reminded"));
            Assert.That(appointment.GetProperty("replies")[0].GetProperty("intent").GetString(), Is.EqualTo("opt-out"));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task ReplyWebhook_Redelivered_AppliedOnce(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        await receiver.CreateAppointmentAsync("A-1001", Some.MsgId(), ct);
        var body = Some.Batch("receive_sms", Some.Reply(Some.Phone, "yes"));

        await receiver.PostWebhookOkAsync(body, ct);
        await receiver.PostWebhookOkAsync(body, ct);

        var appointment = await receiver.WaitForAsync("/appointments/A-1001",
            a => a.GetProperty("status").GetString() == "confirmed", ct);
        Assert.That(appointment.GetProperty("replies").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostAppointment_OptedOutNumber_StoresWithoutSending(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        await receiver.PostWebhookOkAsync(Some.Batch("new_optout", Some.Optout(5521, Some.Phone)), ct);
        await receiver.WaitForAsync("/optouts", o => o.GetProperty("total").GetInt32() == 1, ct);

        using var response = await receiver.PostAppointmentAsync("A-2", ct);

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(answer["status"]!.GetValue<string>(), Is.EqualTo("opted-out"));
            Assert.That(answer["reminderMsgId"], Is.Null);
            Assert.That(receiver.SmsCx.LogEntries, Is.Empty);
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostAppointment_SmsCxError_Returns502QuotingTheError(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        receiver.StubSendError(403, """
            { "error": { "type": "no_coverage", "message": "Destination not covered",
                          "uri": "https://sms.cx/x", "code": 1119 } }
            """);

        using var response = await receiver.PostAppointmentAsync("A-3", ct);

        var problem = await response.Content.ReadAsStringAsync(ct);
        using var missing = await receiver.Client.GetAsync("/appointments/A-3", ct);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(problem, Does.Contain("no_coverage").And.Contain("1119").And.Contain("Destination not covered"));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostAppointment_SmsCxUnreachable_Returns502(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        receiver.SmsCx.Stop();

        using var response = await receiver.PostAppointmentAsync("A-4", ct);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(await response.Content.ReadAsStringAsync(ct), Does.Contain("could not be reached"));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostAppointment_DuplicateId_Returns409(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        await receiver.CreateAppointmentAsync("A-1001", Some.MsgId(), ct);

        using var response = await receiver.PostAppointmentAsync("A-1001", ct);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(receiver.SmsCx.LogEntries, Has.Count.EqualTo(1));
        });
    }

    [TestCase("{\"id\":\"A-1\",\"phone\":\"12ab\",\"at\":\"2036-12-10T10:00:00Z\"}", "phone")]
    [TestCase("{\"id\":\"A 1/x\",\"phone\":\"+4915112345678\",\"at\":\"2036-12-10T10:00:00Z\"}", "id")]
    [TestCase("{\"id\":\"A-1\",\"phone\":\"+4915112345678\",\"at\":\"next tuesday\"}", "at")]
    [CancelAfter(30_000)]
    public async Task PostAppointment_InvalidField_Returns400NamingIt(string body, string field, CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);

        using var response = await receiver.Client.PostAsync("/appointments", ReceiverHarness.Json(body), ct);

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True);
            Assert.That(receiver.SmsCx.LogEntries, Is.Empty);
        });
    }

    [TestCase("not json")]
    [TestCase("")]
    [TestCase("{\"id\":\"A-1\",")]
    [CancelAfter(30_000)]
    public async Task PostAppointment_NonJsonBody_Returns400ProblemSayingNotJson(string body, CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        receiver.StubSend(Some.MsgId());

        using var response = await receiver.Client.PostAsync("/appointments", ReceiverHarness.Json(body), ct);

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("detail").GetString(),
                Does.Contain("not valid JSON").And.Contain("\"id\"").And.Contain("\"phone\"").And.Contain("\"at\""));
            Assert.That(problem.TryGetProperty("errors", out _), Is.False, "no field-level 'Required' errors");
            Assert.That(receiver.SmsCx.LogEntries, Is.Empty);
        });
    }

    [TestCase("[1,2]", "not an object")]
    [TestCase("{\"id\":5,\"phone\":\"+4915112345678\",\"at\":\"2036-12-10T10:00:00Z\"}", "$.id")]
    [CancelAfter(30_000)]
    public async Task PostAppointment_JsonOfWrongShape_Returns400ProblemSayingWhatIsExpected(
        string body, string detail, CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);

        using var response = await receiver.Client.PostAsync("/appointments", ReceiverHarness.Json(body), ct);

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(detail).And.Contain("JSON object"));
            Assert.That(receiver.SmsCx.LogEntries, Is.Empty);
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostAppointment_NonJsonContentType_Returns415Problem(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);

        using var response = await receiver.Client.PostAsync("/appointments",
            new StringContent(Some.Appointment("A-1"), System.Text.Encoding.UTF8, "text/plain"), ct);

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Content-Type: application/json"));
            Assert.That(receiver.SmsCx.LogEntries, Is.Empty);
        });
    }

    [TestCase("2036-12-10T09:59:59Z")]
    [TestCase("2036-12-10T10:00:00Z")]
    [TestCase("2020-01-01 08:00:00")]
    [CancelAfter(30_000)]
    public async Task PostAppointment_AtInThePast_Returns400NamingAtStoresAndSendsNothing(
        string at, CancellationToken ct)
    {
        var now = new DateTimeOffset(2036, 12, 10, 10, 0, 0, TimeSpan.Zero);
        await using var receiver = ReceiverHarness.Start(_store,
            services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));
        receiver.StubSend(Some.MsgId());

        using var response = await receiver.Client.PostAsync("/appointments",
            ReceiverHarness.Json(Some.Appointment("A-7", at: at)), ct);

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        using var stored = await receiver.Client.GetAsync("/appointments/A-7", ct);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").GetProperty("at")[0].GetString(),
                Does.Contain("in the future").IgnoreCase);
            Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name),
                Is.EqualTo((string[])["at"]));
            Assert.That(stored.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(receiver.SmsCx.LogEntries, Is.Empty);
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostAppointment_AtOneSecondAhead_Accepted(CancellationToken ct)
    {
        var now = new DateTimeOffset(2036, 12, 10, 9, 59, 59, TimeSpan.Zero);
        await using var receiver = ReceiverHarness.Start(_store,
            services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));
        receiver.StubSend(Some.MsgId());

        using var response = await receiver.PostAppointmentAsync("A-8", ct);

        var answer = await response.Content.ReadAsStringAsync(ct);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), answer);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task ShortlinkHit_HumanAndBot_CountedApart(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);
        var msgId = await receiver.CreateAppointmentAsync("A-1001", Some.MsgId(), ct);
        var body = Some.Batch("shortlink_hit",
            Some.Hit(1, Some.Phone), Some.Hit(2, Some.Phone, browser: "Googlebot"),
            Some.Hit(3, Some.Phone, browser: "facebookexternalhit"), Some.Hit(1, Some.Phone));

        await receiver.PostWebhookOkAsync(body, ct);

        var message = await receiver.WaitForAsync($"/messages/{msgId}", m => TotalClicks(m) == 3, ct);
        var stats = await receiver.GetAsync("/stats", ct);
        Assert.Multiple(() =>
        {
            Assert.That(message.GetProperty("clicks").GetProperty("human").GetInt64(), Is.EqualTo(1));
            Assert.That(message.GetProperty("clicks").GetProperty("bots").GetInt64(), Is.EqualTo(2));
            Assert.That(stats.GetProperty("clicks").GetProperty("human").GetInt64(), Is.EqualTo(1));
            Assert.That(stats.GetProperty("duplicatesIgnored").GetInt64(), Is.EqualTo(1));
        });
    }

    [TestCase("link")]
    [TestCase("admin")]
    [CancelAfter(30_000)]
    public async Task NewOptout_Item_ListsNumberWithSource(string type, CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(_store);

        await receiver.PostWebhookOkAsync(Some.Batch("new_optout", Some.Optout(9, "+33600000009", type)), ct);

        var optouts = await receiver.WaitForAsync("/optouts", o => o.GetProperty("total").GetInt32() == 1, ct);
        Assert.Multiple(() =>
        {
            Assert.That(optouts.GetProperty("data")[0].GetProperty("phoneNumber").GetString(), Is.EqualTo("+33600000009"));
            Assert.That(optouts.GetProperty("data")[0].GetProperty("source").GetString(), Is.EqualTo(type));
        });
    }

    private static long TotalClicks(JsonElement message) =>
        message.GetProperty("clicks").GetProperty("human").GetInt64()
        + message.GetProperty("clicks").GetProperty("bots").GetInt64();
}
