using System.Text.Json;

namespace SmsCx.Load.Reports;

/// <summary>
/// The run as JSON for machines: <c>startedAt</c>, <c>elapsed</c>, <c>passed</c>, <c>scenarios</c> (each with
/// <c>latency</c>, <c>statusCodes</c>, <c>seconds</c>, <c>distribution</c>, <c>warnings</c>) and <c>thresholds</c>.
/// Latencies are milliseconds, names camelCase.
/// </summary>
public static class JsonReport
{
    /// <summary>Renders <paramref name="result"/> as indented JSON.</summary>
    public static string Render(LoadRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, LoadJsonContext.Default.LoadRunResult);
    }
}
