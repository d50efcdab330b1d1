namespace SmsCx.Cli.Commands;

/// <summary>
/// The exit codes the run-type commands share: the body's own code, 130 when the user interrupted, 2 (with one
/// line saying what to fix, no stack trace) for a missing file, busy port, unwritable report or bad argument.
/// </summary>
internal static class CommandRun
{
    public static async Task<int> GuardAsync(Func<Task<int>> body, string interrupted, CancellationToken ct)
    {
        try
        {
            return await body();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"interrupted: {interrupted}");
            return 130;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
    }
}
