using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace SmsCx.Contract.Tests.Receiver;

public class WebhookAuthTests
{
    private const string SigningSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static readonly DateTimeOffset s_now = new(2026, 5, 14, 9, 30, 0, TimeSpan.Zero);

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_RightBasicCredentials_Returns200(CancellationToken ct)
    {
        await using var receiver = StartWithBasic();
        var msgId = Some.MsgId();

        using var response = await PostAsync(receiver, Some.Batch("dlr_update", Some.Dlr(msgId, "SENT")),
            request => request.Headers.Authorization = Basic("smscx", "pa:ss w0rd"), ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await receiver.GetAsync($"/messages/{msgId}", ct);
    }

    [TestCase("smscx", "pa:ss w0rX")]
    [TestCase("smscX", "pa:ss w0rd")]
    [TestCase("", "")]
    [TestCase(null, null)]
    [CancelAfter(30_000)]
    public async Task PostWebhook_WrongOrMissingBasicCredentials_Returns401AndStoresNothing(
        string? user, string? password, CancellationToken ct)
    {
        await using var receiver = StartWithBasic();
        var msgId = Some.MsgId();

        using var response = await PostAsync(receiver, Some.Batch("dlr_update", Some.Dlr(msgId, "SENT")),
            request => request.Headers.Authorization = user is null ? null : Basic(user, password!), ct);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.Single().Scheme, Is.EqualTo("Basic"));
        });
        await AssertNothingStoredAsync(receiver, msgId, ct);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_ValidSignature_Returns200(CancellationToken ct)
    {
        await using var receiver = StartWithSigning(new FakeTimeProvider(s_now));
        var msgId = Some.MsgId();
        var body = Some.Batch("dlr_update", Some.Dlr(msgId, "SENT"));

        using var response = await PostAsync(receiver, body, Signed(body, s_now, "v1,bm90IHRoaXMgb25l "), ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await receiver.GetAsync($"/messages/{msgId}", ct);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_BodyChangedAfterSigning_Returns401AndStoresNothing(CancellationToken ct)
    {
        await using var receiver = StartWithSigning(new FakeTimeProvider(s_now));
        var msgId = Some.MsgId();
        var signedBody = Some.Batch("dlr_update", Some.Dlr(msgId, "SENT"));
        var sentBody = signedBody.Replace("SENT", "DELIVERED", StringComparison.Ordinal);

        using var response = await PostAsync(receiver, sentBody, Signed(signedBody, s_now), ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await AssertNothingStoredAsync(receiver, msgId, ct);
    }

    [TestCase(-6)]
    [TestCase(6)]
    [CancelAfter(30_000)]
    public async Task PostWebhook_SignatureTimestampOutsideTolerance_Returns401(int minutes, CancellationToken ct)
    {
        await using var receiver = StartWithSigning(new FakeTimeProvider(s_now));
        var msgId = Some.MsgId();
        var body = Some.Batch("dlr_update", Some.Dlr(msgId, "SENT"));

        using var response = await PostAsync(receiver, body, Signed(body, s_now.AddMinutes(minutes)), ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await AssertNothingStoredAsync(receiver, msgId, ct);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_SignatureHeadersMissing_Returns401(CancellationToken ct)
    {
        await using var receiver = StartWithSigning(new FakeTimeProvider(s_now));
        var msgId = Some.MsgId();

        using var response = await receiver.PostWebhookAsync(Some.Batch("dlr_update", Some.Dlr(msgId, "SENT")), ct);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await AssertNothingStoredAsync(receiver, msgId, ct);
    }

    private static ReceiverHarness StartWithBasic() => ReceiverHarness.Start(TestDatabase.Sqlite,
        ("Receiver:BasicAuthUser", "smscx"), ("Receiver:BasicAuthPassword", "pa:ss w0rd"));

    private static ReceiverHarness StartWithSigning(TimeProvider time) => ReceiverHarness.Start(TestDatabase.Sqlite,
        services => services.AddSingleton(time), ("Receiver:SigningSecret", SigningSecret));

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    // Signs as a Standard Webhooks sender does; extra signatures (e.g. of a rotated key) may precede the valid one.
    private static Action<HttpRequestMessage> Signed(string body, DateTimeOffset at, string otherSignatures = "")
    {
        var id = "msg_" + Guid.NewGuid().ToString("N");
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var key = Convert.FromBase64String(SigningSecret["whsec_".Length..]);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        return request =>
        {
            request.Headers.Add("webhook-id", id);
            request.Headers.Add("webhook-timestamp", timestamp);
            request.Headers.Add("webhook-signature", otherSignatures + "v1," + signature);
        };
    }

    private static async Task<HttpResponseMessage> PostAsync(
        ReceiverHarness receiver, string body, Action<HttpRequestMessage> decorate, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ReceiverHarness.WebhookPath)
        {
            Content = ReceiverHarness.Json(body),
        };
        decorate(request);
        return await receiver.Client.SendAsync(request, ct);
    }

    private static async Task AssertNothingStoredAsync(ReceiverHarness receiver, string msgId, CancellationToken ct)
    {
        using var message = await receiver.Client.GetAsync($"/messages/{msgId}", ct);
        var stats = await receiver.GetAsync("/stats", ct);
        Assert.Multiple(() =>
        {
            Assert.That(message.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(stats.GetProperty("itemsReceived").GetInt64(), Is.Zero);
        });
    }
}
