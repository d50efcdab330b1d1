namespace SmsCx.Load.Profiles;

/// <summary>A load profile that cannot be used; <see cref="Exception.Message"/> reads <c>file:line: what is wrong</c>.</summary>
public sealed class LoadProfileException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at 1-based <paramref name="line"/> (0 when unknown).</summary>
    public LoadProfileException(string file, long line, string problem, Exception? inner = null)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}", inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the exception with a bare message (for serializers and tools; prefer the other constructor).</summary>
    public LoadProfileException()
        : this("profile", 0, "invalid load profile")
    {
    }

    /// <summary>Creates the exception with a bare message.</summary>
    public LoadProfileException(string message)
        : this("profile", 0, message)
    {
    }

    /// <summary>Creates the exception with a bare message and its cause.</summary>
    public LoadProfileException(string message, Exception innerException)
        : this("profile", 0, message, innerException)
    {
    }

    /// <summary>The profile's file name (or the source name given to the parser).</summary>
    public string File { get; }

    /// <summary>1-based line of the problem; 0 when it concerns the whole file.</summary>
    public long Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
