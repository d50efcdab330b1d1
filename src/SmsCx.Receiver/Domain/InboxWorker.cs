using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmsCx.Receiver.Diagnostics;
using SmsCx.Receiver.Storage;

namespace SmsCx.Receiver.Domain;

/// <summary>
/// Applies stored side effects (replies, clicks, opt-outs) after the webhook was answered. On start it drains
/// rows left pending by an earlier run; then it drains whenever <see cref="InboxSignal"/> fires or
/// <see cref="ReceiverOptions.InboxPollInterval"/> passes (rows stored by another receiver on the same database,
/// or released by a failed attempt); on shutdown it drains once more. A failing row is logged and retried on a
/// later drain, up to <see cref="InboxStore.MaxAttempts"/>.
/// </summary>
internal sealed class InboxWorker(
    InboxSignal signal, InboxStore inbox, InboxProcessor processor, IOptions<ReceiverOptions> options,
    TimeProvider time, ILogger<InboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await DrainAsync(stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await WaitForWorkAsync(stoppingToken);
                await DrainAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.Draining(logger);
        }

        // Rows stored just before shutdown are applied now rather than on the next start.
        await DrainAsync(CancellationToken.None);
    }

    private async Task WaitForWorkAsync(CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var signalled = signal.Reader.WaitToReadAsync(wait.Token).AsTask();
        var polled = Task.Delay(options.Value.InboxPollInterval, time, wait.Token);
        await Task.WhenAny(signalled, polled);
        await wait.CancelAsync();
        signal.Reader.TryRead(out _);

        // Observe the loser's cancellation so it is not reported as unobserved.
        await Task.WhenAll(signalled, polled).ContinueWith(
            _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        ct.ThrowIfCancellationRequested();
    }

    private async Task DrainAsync(CancellationToken ct)
    {
        try
        {
            long afterId = 0;
            while (await inbox.ClaimPendingAsync(afterId, ct) is { Count: > 0 } rows)
            {
                foreach (var row in rows)
                    await TryApplyAsync(row, ct);

                afterId = rows[^1].Id;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The rows stay pending in the database; the next signal, poll or start picks them up.
            Log.DrainFailed(logger, ex);
        }
    }

    private async Task TryApplyAsync(InboxRow row, CancellationToken ct)
    {
        try
        {
            if (await processor.ApplyAsync(row, ct))
            {
                Log.Applied(logger, row.Kind, row.Id);
                Count(ReceiverTelemetry.AppliedCounter, row.Kind);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ApplyFailed(logger, ex, row.Kind, row.Id);
            Count(ReceiverTelemetry.FailedCounter, row.Kind);
            await inbox.MarkFailedAsync(row.Id, ex.Message, CancellationToken.None);
        }
    }

    private static void Count(Counter<long> counter, string kind)
    {
        if (counter.Enabled)
            counter.Add(1, new KeyValuePair<string, object?>(ReceiverTelemetry.KindTag, kind));
    }
}
