namespace SmsCx.Load.Engine;

/// <summary>Calls a step and turns an exception into a failure, so one bad call never ends a run.</summary>
internal static class StepInvoker
{
    /// <summary>The step's result; a failure with status 0 when it threw; <see langword="null"/> when the run was cancelled.</summary>
    public static async Task<StepResult?> InvokeAsync(Func<CancellationToken, Task<StepResult>> step, CancellationToken ct)
    {
        try
        {
            return await step(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
#pragma warning disable CA1031 // A step's failure of any kind is a measured error, not a reason to stop the run.
        catch (Exception)
#pragma warning restore CA1031
        {
            return StepResult.Fail();
        }
    }
}
