using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using SmsCx.Mock;
using SmsCx.Mock.Diagnostics;
using SmsCx.Mock.Hosting;

namespace SmsCx.Contract.Tests.Telemetry;

// Regression: status changes were logged without the send's trace id but with the scopes (connection, request path)
// of the POST /sms that had long finished. Listeners are process-wide, hence not beside the other telemetry tests.
[TestFixture, NonParallelizable]
public sealed class LogScopeTests
{
    [Test, CancelAfter(30_000)]
    public async Task StatusChangeLog_CarriesTheSendTraceAndNoRequestScope(CancellationToken ct)
    {
        using var capture = new TelemetryCapture(MockTelemetry.SourceName);
        var logs = new ScopeCapturingProvider();
        await using var sms = await SmsCxMockServer.StartAsync(
            new MockOptions { SentDelay = TimeSpan.FromMilliseconds(10), DeliveryDelay = TimeSpan.FromMilliseconds(10) },
            new MockServerSettings
            {
                Logging = logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)
                    .Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId),
            },
            ct);
        using var client = sms.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", "test_key");

        (await client.PostAsJsonAsync("sms", new { to = new[] { "+4915112345678" }, from = "Shop", text = "Hi" }, ct)).Dispose();
        for (var i = 0; i < 400 && logs.StatusChanges().Count < 2; i++)
            await Task.Delay(25, ct);

        var send = capture.Spans(MockTelemetry.SendSpan).Single();
        var changes = logs.StatusChanges();
        Assert.That(changes, Has.Count.EqualTo(2), "SENT and DELIVERED");
        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(c => c.Scopes.GetValueOrDefault("TraceId")), Has.All.EqualTo(send.TraceId.ToString()));
            Assert.That(changes.SelectMany(c => c.Scopes.Keys), Has.None.EqualTo("RequestPath").And.None.EqualTo("ConnectionId"));
        });
    }

    private sealed record Entry(string Category, int EventId, Dictionary<string, object?> Scopes);

    private sealed class ScopeCapturingProvider : ILoggerProvider, ISupportExternalScope
    {
        private readonly ConcurrentQueue<Entry> _entries = new();
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        // Event 1001 of the engine is its "message is now STATUS" entry.
        public IReadOnlyList<Entry> StatusChanges() =>
            [.. _entries.Where(e => e.EventId == 1001 && e.Category == typeof(SmsCx.Mock.Messaging.MockEngine).FullName)];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeCapturingProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scopes = new Dictionary<string, object?>();
                provider._scopes.ForEachScope((scope, into) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                            into[key] = value;
                    }
                }, scopes);
                provider._entries.Enqueue(new Entry(category, eventId.Id, scopes));
            }
        }
    }
}
