using System.Globalization;

namespace SmsCx.Load.Stats;

/// <summary>Says when a run did not apply the load it was asked to, so its figures are not read as if it had.</summary>
internal static class RunWarnings
{
    /// <summary>Largest shortfall of the achieved rate below the target that still counts as reaching it.</summary>
    public const double RateTolerance = 0.01;

    public static IReadOnlyList<string> For(double? targetRate, double achievedRate, long inFlightHits, int maxInFlight)
    {
        var warnings = new List<string>();
        if (targetRate is { } target && achievedRate < target * (1 - RateTolerance))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"achieved rate {achievedRate:0.##}/s is {100 * (1 - (achievedRate / target)):0.#}% below the target {target:0.##}/s (more than 1%): the sender could not keep up, so the target was not loaded as asked"));
        }

        if (inFlightHits > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"max in-flight limit {maxInFlight} was hit {inFlightHits} times: calls waited for a free slot (their latency still counts from the intended start)"));
        }

        return warnings;
    }
}
