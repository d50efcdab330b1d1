using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmsCx.Receiver.Api;
using SmsCx.Receiver.Apps;
using SmsCx.Receiver.Webhooks;

namespace SmsCx.Receiver;

/// <summary>
/// Maps the receiver's endpoints; pair with <see cref="ReceiverServiceCollectionExtensions"/> and
/// <see cref="ReceiverApplicationBuilderExtensions.UseSmsCxReceiverProblems"/>.
/// </summary>
public static class ReceiverEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {WebhookPath}</c> and <c>POST {WebhookPath}/{secret}</c>, <c>POST /appointments</c>, and the
    /// query API (<c>GET /messages/{msgId}</c>, <c>/appointments/{id}</c>, <c>/optouts</c>, <c>/stats</c>,
    /// <c>/rejected</c>, <c>/health</c>).
    /// </summary>
    /// <exception cref="OptionsValidationException">The registered <see cref="ReceiverOptions"/> are invalid.</exception>
    public static IEndpointRouteBuilder MapSmsCxReceiver(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<ReceiverOptions>>().Value.WebhookPath;
        endpoints.MapPost(path, (HttpRequest request, WebhookHandler handler, CancellationToken ct) =>
            handler.HandleAsync(request, null, ct));
        endpoints.MapPost(path + "/{secret}", (string secret, HttpRequest request, WebhookHandler handler,
            CancellationToken ct) => handler.HandleAsync(request, secret, ct));
        endpoints.MapPost("/appointments", (HttpRequest request, AppointmentHandler handler, CancellationToken ct) =>
            handler.CreateAsync(request, ct));
        return endpoints.MapQueryEndpoints();
    }
}
