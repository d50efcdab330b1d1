using SmsCx.Load.Simulations;
using SmsCx.Load.Thresholds;

namespace SmsCx.Load;

/// <summary>
/// A named step function run under a load simulation. The step is called concurrently from many tasks, so it must
/// be thread-safe; it should return a failed <see cref="StepResult"/> rather than throw (an exception is counted as a
/// failure with status 0).
/// </summary>
public sealed class LoadScenario
{
    /// <summary>Creates a scenario. Throws <see cref="ArgumentException"/> for an empty name.</summary>
    /// <param name="name">Name shown in reports; unique within a run.</param>
    /// <param name="step">The call to measure; receives the run's cancellation token.</param>
    /// <param name="simulation">How many calls, when, and for how long.</param>
    public LoadScenario(string name, Func<CancellationToken, Task<StepResult>> step, LoadSimulation simulation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(simulation);
        Name = name;
        Step = step;
        Simulation = simulation;
    }

    /// <summary>Name shown in reports.</summary>
    public string Name { get; }

    /// <summary>The call to measure.</summary>
    public Func<CancellationToken, Task<StepResult>> Step { get; }

    /// <summary>The load simulation, including its warm-up.</summary>
    public LoadSimulation Simulation { get; }

    /// <summary>Thresholds checked against this scenario's measured statistics after the run; empty by default.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];
}
