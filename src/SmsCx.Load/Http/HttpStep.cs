using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace SmsCx.Load.Http;

/// <summary>
/// Turns an <see cref="HttpRequestSpec"/> into a scenario step: any 2xx answer is a success. In the JSON body,
/// every <c>{{uuid}}</c> becomes a fresh lower-case UUID and every <c>{{seq}}</c> the next number of a run-wide
/// counter, so a receiver load test can send new message ids instead of duplicates.
/// </summary>
public static partial class HttpStep
{
    private static long s_sequence;

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
        var template = request.JsonBody;
        var templated = template is not null && Placeholder().IsMatch(template);
        var fixedBody = template is null || templated ? null : Encoding.UTF8.GetBytes(template);
        return async ct =>
        {
            using var message = new HttpRequestMessage(method, url);
            var body = templated ? Encoding.UTF8.GetBytes(Fill(template!)) : fixedBody;
            if (body is not null)
                message.Content = new ByteArrayContent(body) { Headers = { ContentType = s_json } };
            foreach (var (name, value) in request.Headers)
                message.Headers.TryAddWithoutValidation(name, value);

            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, ct);
            return new StepResult(response.IsSuccessStatusCode, (int)response.StatusCode);
        };
    }

    /// <summary>Replaces each <c>{{uuid}}</c> and <c>{{seq}}</c> of <paramref name="template"/> with a fresh value.</summary>
    public static string Fill(string template) => Placeholder().Replace(template, match => match.Value == "{{uuid}}"
        ? Guid.NewGuid().ToString("D")
        : Interlocked.Increment(ref s_sequence).ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\{\{(uuid|seq)\}\}")]
    private static partial Regex Placeholder();

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
