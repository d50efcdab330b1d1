using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;
using SmsCx.Mock.Webhooks;

namespace SmsCx.Contract.Tests.Mock;

[TestFixture]
public sealed class DispatchConcurrencyTests
{
    [Test, CancelAfter(30_000)]
    public async Task Dispatch_SlowReceiver_GetsManyRequestsInFlightAtOnce(CancellationToken ct)
    {
        using var handler = new GateHandler(slowHost: "slow.test", releaseAt: 20);
        await using var mock = await StartAsync(handler, ct);

        for (var i = 0; i < 20; i++)
            await mock.Engine.Accept(Message(mock, $"+491511234{i:D4}", "http://slow.test/hooks"), SmsCx.Mock.Messaging.OutcomePlan.Delivered);

        // The gate opens only when all 20 requests are waiting in it at the same time.
        await handler.AllArrived.WaitAsync(TimeSpan.FromSeconds(20), ct);
        Assert.That(handler.MaxInFlight, Is.GreaterThanOrEqualTo(20));
    }

    [Test, CancelAfter(30_000)]
    public async Task Dispatch_OneEndpointStuck_AnotherIsStillServed(CancellationToken ct)
    {
        using var handler = new GateHandler(slowHost: "slow.test", releaseAt: int.MaxValue);
        await using var mock = await StartAsync(handler, ct);

        await mock.Engine.Accept(Message(mock, "+4915112340001", "http://slow.test/hooks"), SmsCx.Mock.Messaging.OutcomePlan.Delivered);
        await mock.Engine.Accept(Message(mock, "+4915112340002", "http://fast.test/hooks"), SmsCx.Mock.Messaging.OutcomePlan.Delivered);

        await handler.FastServed.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        Assert.That(mock.Journal.Snapshot().Where(e => e.Endpoint.Contains("fast.test", StringComparison.Ordinal)).Select(e => e.Outcome),
            Has.All.EqualTo(AttemptOutcome.Acknowledged));
        Assert.That(mock.Journal.Snapshot().Any(e => e.Endpoint.Contains("slow.test", StringComparison.Ordinal)), Is.False,
            "the stuck endpoint has not answered yet");
        handler.Release();
    }

    private static Task<SmsCxMockServer> StartAsync(GateHandler handler, CancellationToken ct) =>
        SmsCxMockServer.StartAsync(
            new MockOptions
            {
                SentDelay = TimeSpan.Zero,
                DeliveryDelay = TimeSpan.FromHours(1),
                Webhooks = new WebhookOptions { BatchWindow = TimeSpan.Zero, MaxBatchSize = 1, Timeout = TimeSpan.FromMinutes(5) },
            },
            new MockServerSettings
            {
                Services = services => services.AddHttpClient(MockServiceCollectionExtensions.WebhookClientName)
                    .ConfigurePrimaryHttpMessageHandler(() => handler),
            },
            ct);

    private static SmsCx.Mock.Messaging.MockMessage Message(SmsCxMockServer mock, string to, string callback) => new()
    {
        MsgId = mock.Engine.Random.NewId(),
        CampaignId = mock.Engine.Random.NewId(),
        To = to,
        CountryIso = "DE",
        From = "AcmeShop",
        Text = "Hi",
        Parts = 1,
        Length = 2,
        CreatedAt = DateTimeOffset.UtcNow,
        CallbackUrl = new Uri(callback),
        PlanName = "delivered",
    };

    /// <summary>
    /// Stands in for receivers without a network: requests to the slow host wait until <c>releaseAt</c> of them
    /// are waiting together (or <see cref="Release"/>); other hosts answer 200 at once.
    /// </summary>
    private sealed class GateHandler(string slowHost, int releaseAt) : HttpMessageHandler
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;
        private int _maxInFlight;

        public TaskCompletionSource FastServed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task AllArrived => _gate.Task;

        public int MaxInFlight => Volatile.Read(ref _maxInFlight);

        public void Release() => _gate.TrySetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Host != slowHost)
            {
                FastServed.TrySetResult();
                return new HttpResponseMessage(HttpStatusCode.OK);
            }

            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _maxInFlight, now);
            if (now >= releaseAt)
                Release();
            await _gate.Task.WaitAsync(cancellationToken);
            Interlocked.Decrement(ref _inFlight);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
