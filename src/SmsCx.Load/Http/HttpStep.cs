using System.Net.Http.Headers;
using System.Text;

namespace SmsCx.Load.Http;

/// <summary>Turns an <see cref="HttpRequestSpec"/> into a scenario step: any 2xx answer is a success.</summary>
public static class HttpStep
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    /// <summary>
    /// A step that sends <paramref name="request"/> to <paramref name="target"/> through <paramref name="client"/>
    /// (which the caller owns and may share between steps) and reads the whole answer. A connection failure or
    /// timeout is a failure with status 0.
    /// </summary>
    public static Func<CancellationToken, Task<StepResult>> Create(HttpClient client, Uri target, HttpRequestSpec request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(request);
        var url = new Uri(target, request.Path.TrimStart('/'));
        var method = new HttpMethod(request.Method.ToUpperInvariant());
        var body = request.JsonBody is null ? null : Encoding.UTF8.GetBytes(request.JsonBody);
        return async ct =>
        {
            using var message = new HttpRequestMessage(method, url);
            if (body is not null)
                message.Content = new ByteArrayContent(body) { Headers = { ContentType = s_json } };
            foreach (var (name, value) in request.Headers)
                message.Headers.TryAddWithoutValidation(name, value);

            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, ct);
            return new StepResult(response.IsSuccessStatusCode, (int)response.StatusCode);
        };
    }

    /// <summary>
    /// A client suited to load: no connection limit per server, so the open model is never throttled by the pool,
    /// and the given per-request <paramref name="timeout"/>. The caller disposes it.
    /// </summary>
    public static HttpClient CreateClient(TimeSpan timeout) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
    })
    {
        Timeout = timeout,
    };
}
