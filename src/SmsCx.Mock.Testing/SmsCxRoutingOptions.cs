namespace SmsCx.Mock.Testing;

/// <summary>
/// How <see cref="SmsCxMockWebHostBuilderExtensions.UseSmsCxMock"/> joins an app to a mock. The defaults fit an
/// app that calls <c>https://api.sms.cx</c> through <see cref="IHttpClientFactory"/> and receives webhooks on the
/// URL the mock is given; set <see cref="WebhookPath"/> to have the mock call the app.
/// </summary>
public sealed class SmsCxRoutingOptions
{
    /// <summary>
    /// Host names (no scheme, no port) whose requests, on any port, from any client the app gets from
    /// <see cref="IHttpClientFactory"/>, are answered by the mock instead of the network; anything else is rejected
    /// when the app starts. Requests to the mock's own <see cref="Hosting.SmsCxMockServer.Url"/> (same scheme, host
    /// and port) always are. Default: <c>api.sms.cx</c>, so an app configured for the real API reaches the mock
    /// unchanged.
    /// </summary>
    public IList<string> ApiHosts { get; } = ["api.sms.cx"];

    /// <summary>
    /// Path in the app where SMS.CX webhooks arrive, e.g. <c>/webhooks/smscx</c> (one leading slash; <c>//host</c>
    /// is rejected). When set, the mock's account
    /// webhook URL (<see cref="MockOptions.WebhookUrl"/>) becomes the app's test-server address plus this path while
    /// the app runs, and is put back when it stops. Default <see langword="null"/>: the mock's setting is left alone
    /// (the app may send <c>dlrCallbackUrl</c> itself).
    /// </summary>
    public string? WebhookPath { get; set; }

    /// <summary>
    /// Further base addresses that mean "this app" in webhook URLs, e.g. the public <c>https://shop.example.com</c>
    /// the app writes into <c>dlrCallbackUrl</c>: webhooks to them are delivered to the app in memory. The test
    /// server's own address (<c>http://localhost/</c>) is always routed.
    /// </summary>
    public IList<Uri> AppBaseAddresses { get; } = [];

    /// <summary>
    /// Configuration keys set to the mock's <see cref="Hosting.SmsCxMockServer.Url"/> for the app, e.g.
    /// <c>SmsCx:BaseUrl</c>, for an app that reads its SMS.CX base URL from configuration. Default none.
    /// </summary>
    public IList<string> BaseUrlSettings { get; } = [];
}
