using SmsCx.Mock.Scenarios.Steps;

namespace SmsCx.Mock.Scenarios;

/// <summary>A parsed, validated scenario file.</summary>
/// <param name="File">Path of the file as given.</param>
/// <param name="Name">What the scenario shows.</param>
/// <param name="Actors">Actor names to phone numbers.</param>
/// <param name="Steps">The steps in order.</param>
public sealed record ScenarioDocument(
    string File,
    string Name,
    IReadOnlyDictionary<string, string> Actors,
    IReadOnlyList<ScenarioStep> Steps);
