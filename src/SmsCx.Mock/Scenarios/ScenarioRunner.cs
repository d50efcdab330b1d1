using SmsCx.Contracts.Text;
using System.Net.Http.Headers;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Scenarios;

/// <summary>
/// Plays scenarios one after another against an app (by URL) and an in-process mock. A failed expectation ends
/// its scenario and the run goes on with the next one. Bounded: every request has a timeout and every wait a
/// limit. Dispose to release the HTTP clients.
/// </summary>
public sealed class ScenarioRunner : IDisposable
{
    private static readonly TimeSpan s_requestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_stepLimit = TimeSpan.FromMinutes(5);
    private readonly MockEngine _mock;
    private readonly HttpClient _app;
    private readonly HttpClient _mockApi;
    private readonly IScenarioReporter _reporter;

    /// <summary>
    /// Creates a runner. <paramref name="appUrl"/> is the app under test (the reference receiver by default);
    /// <paramref name="mockUrl"/> and <paramref name="apiKey"/> reach the mock's API for <c>send</c> steps.
    /// </summary>
    public ScenarioRunner(MockEngine mock, Uri mockUrl, string apiKey, Uri appUrl, IScenarioReporter reporter)
    {
        ArgumentNullException.ThrowIfNull(mockUrl);
        ArgumentNullException.ThrowIfNull(appUrl);
        _mock = mock ?? throw new ArgumentNullException(nameof(mock));
        _reporter = reporter ?? throw new ArgumentNullException(nameof(reporter));
        _app = CreateClient(appUrl);
        _mockApi = CreateClient(mockUrl);
        _mockApi.DefaultRequestHeaders.Add("X-API-KEY", apiKey);
    }

    /// <summary>Plays every document, reports progress, and returns the outcome including invalid files.</summary>
    public async Task<RunResult> RunAsync(
        IReadOnlyList<ScenarioDocument> scenarios,
        IReadOnlyList<ScenarioFormatException> invalid,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
            results.Add(await RunAsync(scenario, cancellationToken));

        var run = new RunResult(results, invalid);
        _reporter.RunFinished(run);
        return run;
    }

    /// <summary>Plays one scenario and reports it.</summary>
    public async Task<ScenarioResult> RunAsync(ScenarioDocument scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _reporter.ScenarioStarted(scenario);
        var context = new ScenarioContext(_mock, _app, _mockApi, scenario.Actors, _mock.Random.NextString(6, "abcdefghijkmnpqrstuvwxyz23456789"));
        var time = _mock.Time;
        var started = time.GetTimestamp();
        var results = new List<StepResult>();
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            var result = await RunStepAsync(context, scenario.Steps[i], i + 1, cancellationToken);
            results.Add(result);
            _reporter.StepFinished(scenario, result);
            if (!result.Passed)
                break;
        }

        _mock.ClearPendingOutcomes();
        var outcome = new ScenarioResult(scenario, results, time.GetElapsedTime(started));
        _reporter.ScenarioFinished(outcome);
        return outcome;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _app.Dispose();
        _mockApi.Dispose();
    }

    private static async Task<StepResult> RunStepAsync(
        ScenarioContext context, Steps.ScenarioStep step, int number, CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        StepResult Result(bool passed, string? detail, string? failure) => new(
            number, step.Line, context.Describe(step.Label), passed, detail, failure, context.Time.GetElapsedTime(started));

        using var limit = new CancellationTokenSource(s_stepLimit, context.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
        try
        {
            return Result(true, await step.RunAsync(context, linked.Token), null);
        }
        catch (ScenarioStepFailedException ex)
        {
            return Result(false, null, ex.Message);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Result(false, null, $"gave up after {DurationText.Format(s_stepLimit)}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result(false, null, $"a request got no answer within {DurationText.Format(s_requestTimeout)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in a step must fail that step, not end the run with a stack trace.
            return Result(false, null, $"the step broke unexpectedly ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static HttpClient CreateClient(Uri baseUrl)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = root, Timeout = s_requestTimeout };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
