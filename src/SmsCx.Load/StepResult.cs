namespace SmsCx.Load;

/// <summary>
/// The outcome of one step call: success or failure and the status code it produced (an HTTP status, or 0 when
/// no answer arrived, e.g. a refused connection or a timeout).
/// </summary>
/// <param name="IsSuccess">Whether the call counts as a success; failures count towards the error rate.</param>
/// <param name="StatusCode">The status code counted in the report; 0 means no answer.</param>
public readonly record struct StepResult(bool IsSuccess, int StatusCode)
{
    /// <summary>A success with <paramref name="statusCode"/> (default 200).</summary>
    public static StepResult Ok(int statusCode = 200) => new(true, statusCode);

    /// <summary>A failure with <paramref name="statusCode"/> (default 0, no answer).</summary>
    public static StepResult Fail(int statusCode = 0) => new(false, statusCode);
}
