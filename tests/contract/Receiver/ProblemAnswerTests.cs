using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmsCx.Receiver;

namespace SmsCx.Contract.Tests.Receiver;

/// <summary>Every error the receiver's pipeline gives is RFC 7807 problem details that say what was expected.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Kinds))]
public class ProblemAnswerTests(string store)
{
    private const string ProblemJson = "application/problem+json";

    [TestCase("GET", "/webhooks/smscx", 405, "POST webhooks to /webhooks/smscx")]
    [TestCase("PUT", "/webhooks/smscx/anything", 405, "POST webhooks to /webhooks/smscx")]
    [TestCase("GET", "/nope", 404, "No endpoint at /nope")]
    [TestCase("DELETE", "/appointments/x", 405, "DELETE is not allowed on /appointments/x; use GET")]
    [CancelAfter(30_000)]
    public async Task Request_UnknownRouteOrWrongMethodEmptyBody_AnswersProblemSayingWhatIsExpected(
        string method, string path, int status, string detail, CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(store);

        using var response = await receiver.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), ct);

        await AssertProblemAsync(response, status, detail, ct);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Request_ModelBinding415EmptyBody_AnswersProblemNamingContentType(CancellationToken ct)
    {
        using var database = TestDatabase.Create(store);
        await using var app = BuildWithTypedEndpoint(database);
        await app.StartAsync(ct);
        using var client = app.GetTestClient();

        using var response = await client.PostAsync("/typed", new StringContent("{}", Encoding.UTF8, "text/plain"), ct);

        await AssertProblemAsync(response, 415, "Content-Type: application/json", ct);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Request_UnhandledException_AnswersProblemNotEmpty500(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(store);
        await receiver.GetAsync("/health", ct);
        receiver.Database.Execute("DROP TABLE appointments;");

        using var response = await receiver.PostAppointmentAsync("A-1", ct);

        await AssertProblemAsync(response, 500, string.Empty, ct);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task PostWebhook_ExistingProblemAnswer_LeftAsItWas(CancellationToken ct)
    {
        await using var receiver = ReceiverHarness.Start(store);

        using var response = await receiver.PostWebhookAsync("not json at all", ct);

        await AssertProblemAsync(response, 400, "The body is not valid JSON.", ct);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status, string detail,
        CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(ProblemJson), text);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(status));
            Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
            Assert.That(problem.TryGetProperty("detail", out var found) ? found.GetString() : string.Empty,
                Does.Contain(detail));
        });
    }

    // A [FromBody] endpoint beside the receiver's: its 415 comes from model binding, with no body of its own.
    private static WebApplication BuildWithTypedEndpoint(TestDatabase database)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSmsCxReceiver(options => database.Apply(options));
        var app = builder.Build();
        app.UseSmsCxReceiverProblems();
        app.MapSmsCxReceiver();
        app.MapPost("/typed", ([FromBody] TypedBody body) => TypedResults.Ok(body));
        return app;
    }

    private sealed record TypedBody(string Name);
}
