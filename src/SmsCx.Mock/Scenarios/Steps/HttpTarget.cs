using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary>A request to the app: method, path, optional JSON body and headers.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path (may contain variables), relative to the app's base URL.</param>
/// <param name="Json">JSON body (may contain variables), or <see langword="null"/>.</param>
/// <param name="Headers">Extra request headers.</param>
public sealed record HttpTarget(HttpMethod Method, string Path, JsonNode? Json, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>Sends the request with variables resolved and returns the answer.</summary>
    public async Task<HttpAnswer> SendAsync(ScenarioContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var request = new HttpRequestMessage(Method, context.Interpolate(Path).TrimStart('/'));
        if (Json is not null)
            request.Content = JsonContent.Create(context.Interpolate(Json));
        foreach (var (name, value) in Headers)
            request.Headers.TryAddWithoutValidation(name, context.Interpolate(value));
        return await HttpAnswer.SendAsync(context.App, request, ct);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method.Method} {Path}";
}
