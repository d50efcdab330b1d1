using SmsCx.Load.Export;
using SmsCx.Load.Profiles;

namespace SmsCx.Load.Tests.Engine;

[TestFixture]
public sealed class K6ScriptTests
{
    private const string Profile = """
        target: http://127.0.0.1:5090/
        thresholds: [ "p99 < 50ms", "errors < 0.1%" ]
        scenarios:
          - name: dlr-webhooks
            request:
              method: POST
              path: /webhooks/smscx
              json: { event: dlr_update, data: [ { msgId: "{{uuid}}", status: DELIVERED } ] }
            load: { constant-rate: 500, duration: 10s, warm-up: 2s }
            thresholds: [ "rps > 495" ]
          - name: ramp
            request: { method: GET, path: /health }
            load: { ramping-rate: { from: 0.5, to: 20 }, duration: 30s }
          - name: 2-closed
            request: { method: GET, path: /stats }
            load: { concurrency: 8, duration: 5s }
        """;

    [Test]
    public void Render_Profile_MapsLoadModelsWarmUpThresholdsAndBodies()
    {
        var script = K6Script.Render(LoadProfileLoader.Parse(Profile, "profile.yaml"));

        Assert.That(script, Does.Contain("const target = __ENV.TARGET || \"http://127.0.0.1:5090/\";"));
        Assert.That(script, Does.Contain("dlr_webhooks_warmup: { executor: 'constant-arrival-rate', rate: 500, timeUnit: '1s', duration: '2000ms'"));
        Assert.That(script, Does.Contain("dlr_webhooks: { executor: 'constant-arrival-rate', rate: 500, timeUnit: '1s', duration: '10000ms'"));
        Assert.That(script, Does.Contain("startTime: '2000ms', exec: 'dlr_webhooks'"));
        Assert.That(script, Does.Contain("executor: 'ramping-arrival-rate', startRate: 500, timeUnit: '1000s'"), "0.5/s as 500 per 1000 s");
        Assert.That(script, Does.Contain("stages: [{ target: 20000, duration: '30000ms' }]"));
        Assert.That(script, Does.Contain("s_2_closed: { executor: 'constant-vus', vus: 8, duration: '5000ms'"));
        Assert.That(script, Does.Contain("'http_req_duration{scenario:dlr_webhooks}': [\"p(99)<50\"]"));
        Assert.That(script, Does.Contain("'http_req_failed{scenario:dlr_webhooks}': [\"rate<0.001\"]"));
        Assert.That(script, Does.Contain("'http_reqs{scenario:dlr_webhooks}': [\"rate>495\"]"));
        Assert.That(script, Does.Contain("fill(\"{\\\"event\\\":\\\"dlr_update\\\""));
        Assert.That(script, Does.Contain("{{uuid}}"), "filled per request by the script's fill()");
    }
}
