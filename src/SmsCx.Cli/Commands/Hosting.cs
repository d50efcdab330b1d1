using Microsoft.Extensions.Options;

namespace SmsCx.Cli.Commands;

/// <summary>Starts a server, prints where it listens, and waits for Ctrl+C or SIGTERM.</summary>
internal static class Hosting
{
    public static async Task<int> RunUntilStoppedAsync<T>(
        Func<Task<T>> start, Func<T, string> describe, CancellationToken ct)
        where T : IAsyncDisposable
    {
        T server;
        try
        {
            server = await start();
        }
        catch (Exception ex) when (ex is ArgumentException or OptionsValidationException or IOException or FormatException
            or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }

        await using (server)
        {
            Console.WriteLine(describe(server));
            Console.WriteLine("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping.");
            }
        }

        return 0;
    }
}
