using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmsCx.Mock.Hosting;

namespace SmsCx.Mock.Testing;

/// <summary>
/// Lives as long as the app: on start it routes the mock's webhooks for the app's addresses into the app's
/// <see cref="TestServer"/> (and points the mock's account webhook URL at the app when asked); on stop it undoes
/// both, so a mock outliving the app sends nothing into a disposed server.
/// </summary>
internal sealed class WebhookRouteRegistration(SmsCxMockServer sms, SmsCxRoutingOptions options, IServiceProvider services)
    : IHostedService
{
    private readonly Lock _gate = new();
    private readonly List<IDisposable> _routes = [];
    private Uri? _replacedWebhookUrl;
    private bool _setWebhookUrl;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IServer>() is not TestServer server)
        {
            throw new InvalidOperationException(
                "UseSmsCxMock delivers webhooks into an in-memory TestServer, but this app runs on "
                + $"{services.GetRequiredService<IServer>().GetType().Name}. Give the mock the app's address in "
                + "MockOptions.WebhookUrl instead.");
        }

        lock (_gate)
        {
            var handler = () => server.CreateHandler();
            try
            {
                _routes.Add(sms.RouteWebhooks(server.BaseAddress, handler));
                foreach (var address in options.AppBaseAddresses)
                    _routes.Add(sms.RouteWebhooks(address, handler));
            }
            catch (InvalidOperationException ex)
            {
                Undo();
                throw new InvalidOperationException(
                    $"This mock already delivers webhooks to another app: {ex.Message} A mock joins one app at a time.", ex);
            }

            if (options.WebhookPath is { } path)
            {
                _replacedWebhookUrl = sms.Options.WebhookUrl;
                sms.Options.WebhookUrl = new Uri(server.BaseAddress, path);
                _setWebhookUrl = true;
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Undo();
        return Task.CompletedTask;
    }

    // A minimal-hosting app is stopped twice at once when its factory is disposed (by the factory, and by the
    // app's own RunAsync returning), so undoing must be safe to run concurrently and more than once.
    private void Undo()
    {
        lock (_gate)
        {
            if (_setWebhookUrl)
                sms.Options.WebhookUrl = _replacedWebhookUrl;
            _setWebhookUrl = false;
            foreach (var route in _routes)
                route.Dispose();
            _routes.Clear();
        }
    }
}
