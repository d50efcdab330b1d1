using SmsCx.Load.Http;
using SmsCx.Load.Simulations;
using SmsCx.Load.Thresholds;

namespace SmsCx.Load.Profiles;

/// <summary>One scenario of a profile: an HTTP request sent under a simulation, with its thresholds.</summary>
/// <param name="Name">Scenario name, unique in the profile.</param>
/// <param name="Request">The request sent on every call.</param>
/// <param name="Simulation">How the calls are paced.</param>
/// <param name="Thresholds">The profile-wide thresholds followed by the scenario's own.</param>
public sealed record ProfileScenario(string Name, HttpRequestSpec Request, LoadSimulation Simulation, IReadOnlyList<Threshold> Thresholds);
