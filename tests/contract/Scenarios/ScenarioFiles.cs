namespace SmsCx.Contract.Tests.Scenarios;

/// <summary>Finds the repository's <c>scenarios</c> folder from the test's output folder.</summary>
internal static class ScenarioFiles
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (File.Exists(Path.Combine(candidate, "schema.json")))
                return candidate;
        }

        throw new DirectoryNotFoundException("The repository's scenarios folder was not found above " + AppContext.BaseDirectory);
    }
}
