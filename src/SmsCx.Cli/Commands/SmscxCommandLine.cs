using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace SmsCx.Cli.Commands;

/// <summary>
/// The <c>smscx</c> command tree and its entry point. A command line that does not parse (unknown option, bad
/// value, missing argument) exits 2 with one line per error and one hint line on stderr, so that exit code 1
/// keeps meaning "a test failed".
/// </summary>
internal static class SmscxCommandLine
{
    /// <summary>Exit code for a command line that does not parse.</summary>
    public const int UsageError = 2;

    public static RootCommand CreateRoot() => new(
        "SMS.CX test harness: a mock SMS.CX server, a reference webhook receiver, scenario files and load tests.")
    {
        MockCommand.Create(),
        ReceiverCommand.Create(),
        RunCommand.Create(),
        FirehoseCommand.Create(),
        LoadCommand.Create(),
    };

    /// <summary>
    /// Parses <paramref name="args"/> and runs the command; parse errors go to <paramref name="error"/> (stderr
    /// by default) and end with <see cref="UsageError"/>. <c>--help</c> and <c>--version</c> run as usual and
    /// write to <paramref name="output"/> (stdout by default).
    /// </summary>
    public static async Task<int> InvokeAsync(
        string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken ct = default)
    {
        var parse = CreateRoot().Parse(args);
        error ??= Console.Error;
        if (parse.Action is not ParseErrorAction)
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output ?? Console.Out, Error = error }, ct);

        foreach (var message in parse.Errors.Select(Describe).Distinct())
            await error.WriteLineAsync($"error: {message}");
        await error.WriteLineAsync($"Run '{CommandPath(parse.CommandResult)} --help' for the options.");
        return UsageError;
    }

    // The option's name goes first unless the message already names it; .NET type names become plain words.
    private static string Describe(ParseError error)
    {
        var message = OneLine(error.Message);
        message = s_typeName.Replace(message, match => "(expected " + Friendly(match.Groups[1].Value) + ")");
        return error.SymbolResult is OptionResult { Option.Name: var name } && !message.Contains(name, StringComparison.Ordinal)
            ? $"{name}: {message}"
            : message;
    }

    private static string Friendly(string type) => type.Replace("System.Nullable`1[", string.Empty).TrimEnd(']') switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        var other => other[(other.LastIndexOf('.') + 1)..],
    };

    private static readonly Regex s_typeName = new(@"as expected type '([^']+)'", RegexOptions.CultureInvariant);

    // Some messages list the allowed values on lines of their own; they become one line.
    internal static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines[1..]);
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (var current = command; current is not null; current = current.Parent as CommandResult)
            names.Add(current.Command is RootCommand ? "smscx" : current.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }
}
