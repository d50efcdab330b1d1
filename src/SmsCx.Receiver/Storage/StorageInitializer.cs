using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmsCx.Receiver.Storage;

/// <summary>Creates the database and its tables when the host starts, before the inbox worker reads it.</summary>
internal sealed class StorageInitializer(ReceiverDatabase database, ILogger<StorageInitializer> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        database.EnsureCreated();
        Log.Ready(logger, database.Description);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
