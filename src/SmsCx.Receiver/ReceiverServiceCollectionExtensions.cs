using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SmsCx.Receiver.Apps;
using SmsCx.Receiver.Domain;
using SmsCx.Receiver.Storage;
using SmsCx.Receiver.Webhooks;

namespace SmsCx.Receiver;

/// <summary>Registers the reference receiver in a host; pair with <see cref="ReceiverEndpointRouteBuilderExtensions.MapSmsCxReceiver"/>.</summary>
public static class ReceiverServiceCollectionExtensions
{
    /// <summary>
    /// Adds the receiver with options bound from <paramref name="section"/> (normally the
    /// <see cref="ReceiverOptions.SectionName"/> section). Options are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddSmsCxReceiver(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<ReceiverOptions>().Bind(section);
        return services.AddReceiverCore();
    }

    /// <summary>Adds the receiver with options set by <paramref name="configure"/>; validated when the host starts.</summary>
    public static IServiceCollection AddSmsCxReceiver(this IServiceCollection services, Action<ReceiverOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ReceiverOptions>().Configure(configure);
        return services.AddReceiverCore();
    }

    private static IServiceCollection AddReceiverCore(this IServiceCollection services)
    {
        services.AddOptions<ReceiverOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.TryAddSingleton<ReceiverDatabase>();
        services.TryAddSingleton<InboxSignal>();
        services.TryAddSingleton<WebhookStore>();
        services.TryAddSingleton<InboxStore>();
        services.TryAddSingleton<InboxProcessor>();
        services.TryAddSingleton<QueryStore>();
        services.TryAddSingleton<AppointmentStore>();
        services.TryAddSingleton<WebhookAuthenticator>();
        services.TryAddSingleton<WebhookHandler>();
        services.TryAddSingleton<IReceiverSideEffect, NoSideEffect>();
        services.TryAddTransient<AppointmentHandler>();
        services.AddHttpClient<SmsCxClient>(http => http.Timeout = TimeSpan.FromSeconds(10));

        // Registration order is start order: the tables must exist before the worker reads the inbox.
        services.AddHostedService<StorageInitializer>();
        services.AddHostedService<InboxWorker>();
        return services;
    }
}
