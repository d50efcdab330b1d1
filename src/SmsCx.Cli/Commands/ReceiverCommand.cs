using System.CommandLine;
using Microsoft.Extensions.Logging;
using SmsCx.Receiver;

namespace SmsCx.Cli.Commands;

/// <summary><c>smscx receiver</c>: runs the reference receiver until Ctrl+C.</summary>
internal static class ReceiverCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5090 }.Port();
        var db = new Option<string>("--db") { Description = "SQLite database file.", DefaultValueFactory = _ => "receiver.db" };
        var postgres = new Option<string?>("--postgres") { Description = "Store in PostgreSQL (Npgsql connection string) instead of the SQLite file." };
        var secret = new Option<string?>("--secret") { Description = "Secret path segment: webhooks are accepted only at /webhooks/smscx/SECRET." };
        var basic = new Option<string?>("--basic-auth") { Description = "USER:PASSWORD that webhooks must carry as HTTP Basic credentials." }.UserAndPassword();
        var signing = new Option<string?>("--signing-secret") { Description = "Require Standard Webhooks signatures made with this secret (whsec_... or text)." };
        var smscxUrl = new Option<string>("--smscx-url") { Description = "SMS.CX API base URL for reminders (the mock by default).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string>("--api-key") { Description = "SMS.CX API key for reminders.", DefaultValueFactory = _ => "test_key" };
        var observability = new ObservabilityOptions();
        var command = new Command("receiver", "Run the reference webhook receiver.") { port, db, postgres, secret, basic, signing, smscxUrl, apiKey };
        observability.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var options = new ReceiverOptions
            {
                DatabasePath = result.GetValue(db)!,
                PostgresConnectionString = result.GetValue(postgres),
                Secret = result.GetValue(secret),
                BasicAuthUser = BasicPart(result.GetValue(basic), 0),
                BasicAuthPassword = BasicPart(result.GetValue(basic), 1),
                SigningSecret = result.GetValue(signing),
                SmsCxBaseUrl = result.GetValue(smscxUrl)!,
                SmsCxApiKey = result.GetValue(apiKey)!,
            };
            return await Hosting.RunUntilStoppedAsync(
                () =>
                {
                    var telemetry = observability.Read(result);
                    return ReceiverServer.StartAsync(options, new ReceiverServerSettings
                    {
                        Port = result.GetValue(port),
                        Logging = logging => telemetry.Console(logging).SetMinimumLevel(LogLevel.Information)
                            .AddFilter("Microsoft", LogLevel.Warning).AddFilter("Microsoft.Extensions.Hosting", LogLevel.None),
                        Services = services => telemetry.AddTo(services, "smscx-receiver"),
                    }, ct);
                },
                server => $"Receiver at {server.Url}; webhooks at {server.Url}{options.WebhookPath.TrimStart('/')}" +
                    (options.Secret is null ? string.Empty : "/****") + $"; database {server.Database}",
                observability.JsonLogs(result),
                ct);
        });
        return command;
    }

    // "USER:PASSWORD" split at the first colon (the parser made sure there is one, with text on both sides).
    private static string? BasicPart(string? pair, int index) => pair?.Split(':', 2)[index];
}
