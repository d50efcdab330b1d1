using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

// A plain WireMock.Net stub of POST /sms answering a fixed send answer (the file given as the second argument),
// for side-by-side benchmarks with the mock. Usage: SmsCx.Bench.WireMockStub PORT ANSWER.json; stops on Enter or SIGTERM.
var port = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
var answer = File.ReadAllText(args[1]);
using var server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"], MaxRequestLogCount = 1 });
server.Given(Request.Create().WithPath("/sms").UsingPost())
    .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(answer));
var stop = new TaskCompletionSource();
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
await stop.Task;
