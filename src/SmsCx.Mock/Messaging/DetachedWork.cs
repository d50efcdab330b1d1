namespace SmsCx.Mock.Messaging;

/// <summary>
/// Starts background work of the mock (a message's lifecycle, a webhook batch) that outlives the request that
/// caused it, without that request's ambient state: no logging scopes (connection, request path), no
/// <see cref="System.Diagnostics.Activity"/>, no other async-local values. Only the part before the work's first
/// await runs in the caller's context.
/// </summary>
internal static class DetachedWork
{
    public static Task Start(Func<Task> work)
    {
        if (ExecutionContext.IsFlowSuppressed())
            return work();
        using (ExecutionContext.SuppressFlow())
            return work();
    }
}
