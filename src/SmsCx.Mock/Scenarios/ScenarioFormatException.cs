namespace SmsCx.Mock.Scenarios;

/// <summary>
/// A scenario file that cannot be played: malformed YAML, a schema violation or a bad reference. The message
/// reads <c>file:line:column: what was expected</c>, so editors and CI logs can jump to it.
/// </summary>
public sealed class ScenarioFormatException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/> at <paramref name="line"/> and <paramref name="column"/>.</summary>
    public ScenarioFormatException(string file, int line, int column, string problem)
        : base($"{file}:{line}:{column}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates an error without a position.</summary>
    public ScenarioFormatException() : this("scenario", 1, 1, "invalid scenario")
    {
    }

    /// <summary>Creates an error with a plain message.</summary>
    public ScenarioFormatException(string message) : this("scenario", 1, 1, message)
    {
    }

    /// <summary>Creates an error with a plain message and cause.</summary>
    public ScenarioFormatException(string message, Exception innerException) : base(message, innerException)
    {
        File = "scenario";
        Problem = message;
    }

    /// <summary>Path of the scenario file as given.</summary>
    public string File { get; } = "scenario";

    /// <summary>1-based line.</summary>
    public int Line { get; } = 1;

    /// <summary>1-based column.</summary>
    public int Column { get; } = 1;

    /// <summary>What was wrong and what was expected, without the position.</summary>
    public string Problem { get; } = string.Empty;
}
