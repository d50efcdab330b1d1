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
        var app = context.App.BaseAddress!;
        var target = new Uri(app, context.Interpolate(Path).TrimStart('/'));
        if (target.Scheme != app.Scheme || target.Authority != app.Authority)
            throw new ScenarioStepFailedException($"{Path} leads to {target.GetLeftPart(UriPartial.Authority)}; steps may only call the app at {app}");

        using var request = new HttpRequestMessage(Method, target);
        if (Json is not null)
            request.Content = JsonContent.Create(context.Interpolate(Json));
        foreach (var (name, value) in Headers)
            request.Headers.TryAddWithoutValidation(name, context.Interpolate(value));
        return await HttpAnswer.SendAsync(context.App, request, ct);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method.Method} {Path}";
}
