using System.Diagnostics;
using System.Text;

namespace SmsCx.Packaging.Tests;

/// <summary>
/// Runs the <c>dotnet</c> command (or an installed tool) as a child process with a time limit, capturing its output.
/// Children never leave servers behind (no MSBuild node reuse, no shared compiler), and a child that overruns is
/// killed with its process tree, by its own PID.
/// </summary>
internal static class DotnetProcess
{
    public sealed record Result(int ExitCode, string Output)
    {
        /// <summary>The last lines of the output, for an assertion message.</summary>
        public string Tail(int lines = 40) => string.Join('\n', Output.Split('\n').TakeLast(lines));
    }

    public static Task<Result> DotnetAsync(string workingDirectory, TimeSpan limit, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunAsync("dotnet", workingDirectory, limit, environment, args);

    public static async Task<Result> RunAsync(
        string fileName, string workingDirectory, TimeSpan limit, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        // The outer test run's MSBuild and test-host settings must not leak into the child's build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append(output, $"[killed after {limit.TotalSeconds:0} s: {fileName} {string.Join(' ', args)}]");
            return new Result(-1, Text(output));
        }

        process.WaitForExit(); // drains the asynchronous output readers
        return new Result(process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
            return output.ToString();
    }
}
