using System.Collections.Concurrent;
using SmsCx.Receiver.Domain;

namespace SmsCx.Contract.Tests.Receiver;

/// <summary>A downstream side effect that takes <paramref name="delay"/> per item and counts its runs per item.</summary>
internal sealed class RecordingSideEffect(TimeSpan delay) : IReceiverSideEffect
{
    private readonly ConcurrentDictionary<string, int> _runs = new();

    /// <summary>How often each item (kind and reference) ran.</summary>
    public IReadOnlyDictionary<string, int> Runs => _runs;

    public async Task RunAsync(SideEffectItem item, CancellationToken ct)
    {
        await Task.Delay(delay, ct);
        _runs.AddOrUpdate($"{item.Kind}:{item.Reference}", 1, (_, count) => count + 1);
    }

    /// <summary>Waits until <paramref name="count"/> distinct items ran; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        while (_runs.Count < count && !limit.IsCancellationRequested)
            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);

        Assert.That(_runs, Has.Count.EqualTo(count), $"side effects run within {timeout}");
    }
}
