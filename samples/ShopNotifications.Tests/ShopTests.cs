using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;
using SmsCx.Mock.Testing;

namespace ShopNotifications.Tests;

// Each test starts its own mock and its own app, so the tests run in parallel without seeing each other.
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class ShopTests
{
    private const string Customer = "+4915112345678";

    // Short delays so a delivery report arrives within a fraction of a second; the defaults mimic the real service.
    private static MockOptions FastMock() => new()
    {
        SentDelay = TimeSpan.FromMilliseconds(20),
        DeliveryDelay = TimeSpan.FromMilliseconds(20),
        Webhooks = { BatchWindow = TimeSpan.FromMilliseconds(20) },
    };

    [Test, CancelAfter(30_000)]
    public async Task OrderShipped_SmsDelivered_AppSeesDelivered(CancellationToken ct)
    {
        await using var sms = await SmsCxMockServer.StartAsync(FastMock(), new MockServerSettings { InMemory = true }, ct);
        await using var app = AppFor(sms);
        using var client = app.CreateClient();

        using var created = await client.PostAsJsonAsync("/orders", new { id = "1001", phone = Customer }, ct);

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var order = await WaitForAsync(client, "/orders/1001", o => o.GetProperty("smsStatus").GetString() == "DELIVERED", ct);
        Assert.Multiple(() =>
        {
            Assert.That(sms.Messages, Has.Count.EqualTo(1));
            Assert.That(sms.Messages[0].Text, Does.Contain("order 1001 has shipped"));
            Assert.That(order.GetProperty("msgId").GetString(), Is.EqualTo(sms.Messages[0].MsgId));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task CustomerRepliesAndOptsOut_AppRecordsBoth(CancellationToken ct)
    {
        await using var sms = await SmsCxMockServer.StartAsync(FastMock(), new MockServerSettings { InMemory = true }, ct);
        await using var app = AppFor(sms);
        using var client = app.CreateClient();
        (await client.PostAsJsonAsync("/orders", new { id = "1002", phone = Customer }, ct)).Dispose();

        await sms.Customer(Customer).RepliesAsync("Thanks!");
        await sms.Customer(Customer).OptsOutAsync();

        // The reply and the opt-out are different events, so they come in separate requests, in either order.
        var order = await WaitForAsync(client, "/orders/1002",
            o => o.GetProperty("optedOut").GetBoolean() && o.GetProperty("replies").GetArrayLength() > 0, ct);
        Assert.That(order.GetProperty("replies").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "Thanks!" }));
    }

    [Test, CancelAfter(30_000)]
    public async Task UnreachableNumber_SmsFails_AppSeesFailed(CancellationToken ct)
    {
        // The last six digits 999910 make the mock fail the message (error code 1), with no setup.
        await using var sms = await SmsCxMockServer.StartAsync(FastMock(), new MockServerSettings { InMemory = true }, ct);
        await using var app = AppFor(sms);
        using var client = app.CreateClient();

        (await client.PostAsJsonAsync("/orders", new { id = "1003", phone = "+4915112999910" }, ct)).Dispose();

        await WaitForAsync(client, "/orders/1003", o => o.GetProperty("smsStatus").GetString() == "FAILED", ct);
        Assert.That(sms.Messages.Single().Status, Is.EqualTo(SmsCx.Contracts.MessageStatus.Failed));
    }

    [Test, CancelAfter(30_000)]
    public async Task MockOnLoopback_SendWithHttpClient_DeliveryReportReachesAppInMemory(CancellationToken ct)
    {
        // The mock listens on a free loopback port; the test sends through it with a plain HttpClient and names the
        // app's webhook in dlrCallbackUrl. The report goes into the app's in-memory server.
        await using var sms = await SmsCxMockServer.StartAsync(FastMock(), cancellationToken: ct);
        await using var app = new WebApplicationFactory<Program>().WithSmsCxMock(sms);   // no WebhookPath: the send names it
        using var appClient = app.CreateClient();
        using var http = new HttpClient { BaseAddress = sms.Url };
        http.DefaultRequestHeaders.Add("X-API-KEY", "test_key");

        using var sent = await http.PostAsJsonAsync("sms", new
        {
            to = new[] { Customer },
            from = "Shop",
            text = "Hello",
            dlrCallbackUrl = "http://localhost/webhooks/smscx",
        }, ct);

        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.OK), await sent.Content.ReadAsStringAsync(ct));
        var msgId = (await sent.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("data")[0].GetProperty("msgId").GetString();
        var message = await WaitForAsync(appClient, $"/messages/{msgId}", m => m.GetProperty("status").GetString() == "DELIVERED", ct);
        Assert.That(message.GetProperty("status").GetString(), Is.EqualTo("DELIVERED"));
    }

    [TestCase("A"), TestCase("B"), TestCase("C")]
    [CancelAfter(30_000)]
    public async Task ParallelTests_SeeOnlyTheirOwnMessages(string order, CancellationToken ct)
    {
        await using var sms = await SmsCxMockServer.StartAsync(FastMock(), new MockServerSettings { InMemory = true }, ct);
        await using var app = AppFor(sms);
        using var client = app.CreateClient();

        (await client.PostAsJsonAsync("/orders", new { id = order, phone = Customer }, ct)).Dispose();
        await WaitForAsync(client, $"/orders/{order}", o => o.GetProperty("smsStatus").GetString() == "DELIVERED", ct);

        Assert.That(sms.Messages, Has.Count.EqualTo(1));
        Assert.That(sms.Messages[0].Text, Does.Contain($"order {order} has shipped"));
    }

    // The shop as configured for production (it calls https://api.sms.cx) with the mock's test key; one call joins it
    // to the mock: its SMS.CX requests go to the mock, the mock's webhooks come to /webhooks/smscx, no ports.
    private static WebApplicationFactory<Program> AppFor(SmsCxMockServer sms) =>
        new WebApplicationFactory<Program>()
            .WithWebHostBuilder(builder => builder.UseSetting("SmsCx:ApiKey", "test_key"))
            .WithSmsCxMock(sms, o => o.WebhookPath = "/webhooks/smscx");

    // Polls the app until the condition holds; bounded at 10 s.
    private static async Task<JsonElement> WaitForAsync(
        HttpClient client, string path, Func<JsonElement, bool> condition, CancellationToken ct)
    {
        var last = default(JsonElement);
        for (var attempt = 0; attempt < 400; attempt++)
        {
            using var response = await client.GetAsync(path, ct);
            if (response.IsSuccessStatusCode)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                if (condition(last))
                    return last;
            }

            await Task.Delay(25, ct);
        }

        Assert.Fail($"{path} never reached the expected state; last answer: {last}");
        return last;
    }
}
