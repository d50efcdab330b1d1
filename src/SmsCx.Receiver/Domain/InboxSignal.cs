using System.Threading.Channels;

namespace SmsCx.Receiver.Domain;

/// <summary>
/// Wakes the inbox worker after a webhook stored new side effects. The channel holds at most one pending signal:
/// the worker reads everything pending from the database, so further signals before it wakes add nothing.
/// Thread-safe.
/// </summary>
public sealed class InboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Asks the worker to look at the inbox; never blocks.</summary>
    public void Notify() => _channel.Writer.TryWrite(true);

    internal ChannelReader<bool> Reader => _channel.Reader;
}
