using Microsoft.Extensions.Logging;

namespace SmsCx.Mock.Hosting;

/// <summary>How <see cref="SmsCxMockServer"/> listens and logs.</summary>
public sealed class MockServerSettings
{
    /// <summary>
    /// Run without a socket: the server lives in memory and is reached only through
    /// <see cref="SmsCxMockServer.CreateHandler"/> / <see cref="SmsCxMockServer.CreateClient"/> or an app routed to
    /// it (<c>SmsCx.Mock.Testing</c>). <see cref="SmsCxMockServer.Url"/> is then <see cref="InMemoryUrl"/>, a name
    /// that never resolves, so a client that was not routed fails at once instead of reaching another host.
    /// <see cref="Port"/>, <see cref="ListenAddress"/> are ignored. Default <see langword="false"/>: Kestrel on loopback.
    /// </summary>
    public bool InMemory { get; set; }

    /// <summary>The base URL of an in-memory server: <c>http://smscx-mock.invalid/</c> (<c>.invalid</c> never resolves).</summary>
    public static Uri InMemoryUrl { get; } = new("http://smscx-mock.invalid/");

    /// <summary>TCP port; 0 (default) picks a free one, read back from <see cref="SmsCxMockServer.Url"/>.</summary>
    public int Port { get; set; }

    /// <summary>Address to listen on. Default <c>127.0.0.1</c>; any other address is logged as a warning.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>Largest request body accepted, in bytes; larger ones get 413. Default 4 MiB (25,000 numbers fit).</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Configures logging; by default only warnings and errors reach the console.</summary>
    public Action<ILoggingBuilder>? Logging { get; set; }

    /// <summary>The clock for every delay, retry and expiry; default the system clock.</summary>
    public TimeProvider? Time { get; set; }

    /// <summary>
    /// Extra services registered after the mock's, so they win: e.g. a primary handler for the
    /// <c>SmsCx.Mock.Webhooks</c> client that routes webhooks to an in-memory app.
    /// </summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services { get; set; }
}
