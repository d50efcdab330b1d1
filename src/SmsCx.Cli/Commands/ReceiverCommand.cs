using System.CommandLine;
using Microsoft.Extensions.Logging;
using SmsCx.Receiver;

namespace SmsCx.Cli.Commands;

/// <summary><c>smscx receiver</c>: runs the reference receiver until Ctrl+C.</summary>
internal static class ReceiverCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5090 };
        var db = new Option<string>("--db") { Description = "SQLite database file.", DefaultValueFactory = _ => "receiver.db" };
        var secret = new Option<string?>("--secret") { Description = "Secret path segment: webhooks are accepted only at /webhooks/smscx/SECRET." };
        var smscxUrl = new Option<string>("--smscx-url") { Description = "SMS.CX API base URL for reminders (the mock by default).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string>("--api-key") { Description = "SMS.CX API key for reminders.", DefaultValueFactory = _ => "test_key" };
        var command = new Command("receiver", "Run the reference webhook receiver.") { port, db, secret, smscxUrl, apiKey };
        command.SetAction(async (result, ct) =>
        {
            var options = new ReceiverOptions
            {
                DatabasePath = result.GetValue(db)!,
                Secret = result.GetValue(secret),
                SmsCxBaseUrl = result.GetValue(smscxUrl)!,
                SmsCxApiKey = result.GetValue(apiKey)!,
            };
            return await Hosting.RunUntilStoppedAsync(
                () => ReceiverServer.StartAsync(options, result.GetValue(port),
                    logging => logging.SetMinimumLevel(LogLevel.Information).AddFilter("Microsoft", LogLevel.Warning), ct),
                server => $"Receiver at {server.Url}; webhooks at {server.Url}{options.WebhookPath.TrimStart('/')}" +
                    (options.Secret is null ? string.Empty : "/****") + $"; database {Path.GetFullPath(options.DatabasePath)}",
                ct);
        });
        return command;
    }
}
