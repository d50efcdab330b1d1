using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SmsCx.Mock.Scenarios.Steps;

/// <summary>
/// <c>send</c>: sends an SMS through the mock's <c>POST /sms</c>, as the app would, names it, and optionally checks
/// the number of parts.
/// </summary>
public sealed class SendStep(
    int line, string to, string text, string from, string? name, string? callbackUrl, int? parts)
    : ScenarioStep(line)
{
    /// <inheritdoc />
    public override string Label => $"send to {to}";

    /// <inheritdoc />
    public override async Task<string?> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = new JsonObject
        {
            ["to"] = context.Interpolate(to),
            ["from"] = context.Interpolate(from),
            ["text"] = context.Interpolate(text),
        };
        if (callbackUrl is not null)
            body["dlrCallbackUrl"] = context.Interpolate(callbackUrl);

        using var request = new HttpRequestMessage(HttpMethod.Post, "sms") { Content = JsonContent.Create(body) };
        var answer = await HttpAnswer.SendAsync(context.MockApi, request, cancellationToken);
        if (answer.Mismatch(200, null, null) is { } problem)
            throw new ScenarioStepFailedException($"the mock refused the send: {problem}");

        var msgId = answer.Json?["data"]?[0]?["msgId"]?.GetValue<string>()
            ?? throw new ScenarioStepFailedException($"the send answer has no data[0].msgId: {answer.Body}");
        if (!context.Mock.Messages.TryGet(msgId, out var message))
            throw new ScenarioStepFailedException($"the mock answered msgId {msgId} but does not know it");
        if (parts is { } expected && message.Parts != expected)
            throw new ScenarioStepFailedException($"expected {expected} parts but the mock counted {message.Parts} ({message.Length} characters, {(message.Unicode ? "UCS-2" : "GSM-7")})");
        context.Name(name, message);
        return $"{answer.Json!["data"]![0]!["status"]} as {name ?? msgId}";
    }
}
