using System.CommandLine;
using System.Globalization;
using SmsCx.Load;
using SmsCx.Load.Profiles;
using SmsCx.Load.Reports;

namespace SmsCx.Cli.Commands;

/// <summary>
/// <c>smscx load</c>: runs a load profile and prints a summary. Exit codes: 0 every threshold held, 1 a threshold
/// failed, 2 the profile or a report path is bad, 130 interrupted.
/// </summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var profile = new Argument<string>("profile")
        {
            Description = "Load profile (YAML) naming the target, requests, load and thresholds.",
        };
        var target = UrlOption.Create("--target", "Send to this base URL instead of the profile's target.");
        var reports = new Option<string[]>("--report")
        {
            Description = "Write a report; the extension picks the format: .html, .md or .json (repeatable).",
        };
        var duration = DurationOption.Single(
            "--duration", "Run every scenario this long (warm-ups unchanged) instead of the profile's durations.");
        var exportK6 = new Option<string?>("--export-k6")
        {
            Description = "Write an equivalent k6 script to this file and exit, for k6's distributed runners.",
        };
        var command = new Command(
            "load", "Load-test an HTTP endpoint (your webhook receiver, your app, or the mock) from a profile.")
        {
            profile, target, reports, duration, exportK6,
        };
        command.SetAction(async (result, ct) =>
        {
            return await CommandRun.GuardAsync(async () =>
            {
                try
                {
                    var loaded = Configure(
                        LoadProfileLoader.LoadFile(result.GetValue(profile)!), result.GetValue(target), result.GetValue(duration));
                    if (result.GetValue(exportK6) is { } script)
                    {
                        await File.WriteAllTextAsync(script, SmsCx.Load.Export.K6Script.Render(loaded), ct);
                        Console.WriteLine($"k6 script written to {Path.GetFullPath(script)}; run it with: k6 run {script}");
                        return 0;
                    }

                    var paths = result.GetValue(reports) ?? [];
                    CheckReportPaths(paths);
                    return await RunAsync(loaded, paths, ct);
                }
                catch (LoadProfileException ex)
                {
                    await Console.Error.WriteLineAsync($"error: {ex.Message}");
                    return 2;
                }
            }, "the load run was stopped before it finished.", ct);
        });
        return command;
    }

    private static LoadProfile Configure(LoadProfile profile, Uri? target, TimeSpan? duration)
    {
        if (target is not null)
        {
            var withSlash = target.AbsoluteUri.EndsWith('/') ? target : new Uri(target.AbsoluteUri + "/");
            profile = profile with { Target = withSlash };
        }

        if (duration is { } d)
        {
            if (d <= TimeSpan.Zero)
                throw new ArgumentException("--duration must be positive.");
            profile = profile.WithDuration(d);
        }

        return profile;
    }

    private static void CheckReportPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            _ = Renderer(path);
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException(
                    $"The report folder {folder} does not exist; create it or pick another --report path.");
            }
        }
    }

    // A live line per second: elapsed of planned time and, per scenario, measured requests and errors so far.
    private static void ShowProgress(LoadProgress progress)
    {
        var scenarios = string.Join("  ", progress.Scenarios.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Name}: {s.Requests} req, {s.Errors} err")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{progress.Elapsed.TotalSeconds,5:0}s / {progress.Planned.TotalSeconds:0}s]  {scenarios}"));
    }

    private static async Task<int> RunAsync(LoadProfile profile, IReadOnlyList<string> reports, CancellationToken ct)
    {
        var longest = profile.Scenarios.Max(s => s.Simulation.Total);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Load run against {profile.Target}: {profile.Scenarios.Count} scenario(s), about {longest.TotalSeconds:0.#} s."));
        foreach (var scenario in profile.Scenarios)
        {
            var request = scenario.Request;
            Console.WriteLine($"  {scenario.Name}: {request.Method} {request.Path}, {scenario.Simulation.Describe()}");
        }

        var result = await LoadRunner.RunAsync(profile, progress: ShowProgress, ct: ct);
        Console.Write(ConsoleReport.Render(result));
        foreach (var path in reports)
        {
            await File.WriteAllTextAsync(path, Renderer(path)(result), ct);
            Console.WriteLine($"Report written to {Path.GetFullPath(path)}");
        }

        return result.Passed ? 0 : 1;
    }

    private static Func<LoadRunResult, string> Renderer(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => HtmlReport.Render,
            ".md" => MarkdownReport.Render,
            ".json" => JsonReport.Render,
            _ => throw new ArgumentException($"--report {path}: the extension must be .html, .md or .json."),
        };
}
