namespace SmsCx.Load.Profiles;

/// <summary>A load test described in YAML (see <see cref="LoadProfileLoader"/>): a target and scenarios.</summary>
public sealed record LoadProfile
{
    /// <summary>Base URL every scenario's request path is relative to.</summary>
    public required Uri Target { get; init; }

    /// <summary>The scenarios, run side by side; at least one.</summary>
    public required IReadOnlyList<ProfileScenario> Scenarios { get; init; }

    /// <summary>Per-request timeout; a call that takes longer fails with status 0. Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most calls in flight per open-model scenario (default 10,000); see <see cref="LoadRunOptions.MaxInFlight"/>.</summary>
    public int MaxInFlight { get; init; } = 10_000;

    /// <summary>A copy whose scenarios all last <paramref name="duration"/> (warm-ups unchanged).</summary>
    public LoadProfile WithDuration(TimeSpan duration) =>
        this with { Scenarios = [.. Scenarios.Select(s => s with { Simulation = s.Simulation.WithDuration(duration) })] };
}
