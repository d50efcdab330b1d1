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
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any failure to start (busy port, unwritable database, bad option) ends with one line, not a trace.
            await Console.Error.WriteLineAsync($"error: could not start: {Innermost(ex).Message}");
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

    private static Exception Innermost(Exception ex) => ex.InnerException is null || ex is OptionsValidationException ? ex : Innermost(ex.InnerException);
}
