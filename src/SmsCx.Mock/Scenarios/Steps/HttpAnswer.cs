using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary>An HTTP answer read in full, with its body parsed as JSON when it is JSON.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">Body text.</param>
/// <param name="Json">Parsed body, or <see langword="null"/> when it is not JSON.</param>
public sealed record HttpAnswer(HttpStatusCode Status, string Body, JsonNode? Json)
{
    /// <summary>Most body characters read; larger answers are cut (bounded input).</summary>
    public const int MaxBodyChars = 1024 * 1024;

    /// <summary>Sends <paramref name="request"/> and reads the answer.</summary>
    public static async Task<HttpAnswer> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new ScenarioStepFailedException(
                $"{request.Method} {request.RequestUri} could not be sent: {ex.Message}. Is the app running at {client.BaseAddress}?", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if (body.Length > MaxBodyChars)
                body = body[..MaxBodyChars];
            return new HttpAnswer(response.StatusCode, body, TryParse(body));
        }
    }

    /// <summary>
    /// Returns why this answer does not meet the expectations, or <see langword="null"/> when it does.
    /// </summary>
    public string? Mismatch(int? status, JsonNode? json, string? bodyContains)
    {
        if (status is { } expected && (int)Status != expected)
            return $"expected HTTP {expected} but got {(int)Status}{Excerpt()}";
        if (json is not null)
        {
            if (Json is null)
                return $"expected a JSON body but got{Excerpt()}";
            if (JsonSubset.Mismatch(json, Json) is { } problem)
                return problem;
        }

        if (bodyContains is not null && !Body.Contains(bodyContains, StringComparison.Ordinal))
            return $"body does not contain \"{bodyContains}\"{Excerpt()}";
        return null;
    }

    private string Excerpt() => Body.Length == 0 ? " (empty body)" : $": {(Body.Length > 300 ? Body[..300] + "…" : Body)}";

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
