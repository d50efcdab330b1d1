using Microsoft.Extensions.Options;

namespace SmsCx.Cli.Commands;

/// <summary>
/// Starts a server, prints where it listens, and waits for Ctrl+C or SIGTERM. With JSON logs the banner lines go
/// to stderr, so that stdout holds nothing but one JSON object per line.
/// </summary>
internal static class Hosting
{
    public static async Task<int> RunUntilStoppedAsync<T>(
        Func<Task<T>> start, Func<T, string> describe, bool jsonLogs, CancellationToken ct)
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
            await Console.Error.WriteLineAsync($"error: could not start: {SmscxCommandLine.OneLine(Innermost(ex).Message)}");
            return 2;
        }

        var banner = BannerWriter(jsonLogs);
        await using (server)
        {
            await banner.WriteLineAsync(describe(server));
            await banner.WriteLineAsync("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                await banner.WriteLineAsync("Stopping.");
            }
        }

        return 0;
    }

    /// <summary>Where human-readable status lines go: stdout, or stderr when stdout carries JSON log lines.</summary>
    public static TextWriter BannerWriter(bool jsonLogs) => jsonLogs ? Console.Error : Console.Out;

    private static Exception Innermost(Exception ex) => ex.InnerException is null || ex is OptionsValidationException ? ex : Innermost(ex.InnerException);
}
