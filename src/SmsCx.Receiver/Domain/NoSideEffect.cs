namespace SmsCx.Receiver.Domain;

/// <summary>The default <see cref="IReceiverSideEffect"/>: the receiver's own effects only, nothing downstream.</summary>
internal sealed class NoSideEffect : IReceiverSideEffect
{
    public Task RunAsync(SideEffectItem item, CancellationToken ct) => Task.CompletedTask;
}
