using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmsCx.Contracts.Serialization;
using SmsCx.Contracts.Sms;

namespace SmsCx.Receiver.Apps;

/// <summary>
/// Typed client of the SMS.CX send API (<c>POST {SmsCxBaseUrl}/sms</c> with <c>X-API-KEY</c>). Thread-safe;
/// created by <c>IHttpClientFactory</c>. Never throws for API errors or network failures: it returns a
/// <see cref="SendOutcome"/>. The API key is never logged.
/// </summary>
public sealed class SmsCxClient
{
    // Unset optional members are left out, so the API sees only what the app means to send.
    private static readonly JsonSerializerOptions s_requestOptions = new()
    {
        TypeInfoResolver = SmsCxJson.Context,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;
    private readonly ReceiverOptions _options;
    private readonly ILogger<SmsCxClient> _logger;

    /// <summary>Creates the client; <paramref name="http"/> comes from <c>IHttpClientFactory</c>.</summary>
    public SmsCxClient(HttpClient http, IOptions<ReceiverOptions> options, ILogger<SmsCxClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Sends <paramref name="text"/> to one number from <see cref="ReceiverOptions.SenderName"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<SendOutcome> SendAsync(string to, string text, CancellationToken ct)
    {
        using var request = BuildRequest(to, text);
        try
        {
            using var response = await _http.SendAsync(request, ct);
            return response.IsSuccessStatusCode
                ? await ReadAcceptedAsync(response, ct)
                : await SmsCxErrorReader.ReadAsync(response, ct);
        }
        catch (HttpRequestException ex)
        {
            Log.Unreachable(_logger, ex);
            return new SendUnavailable($"SMS.CX could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            Log.Unreachable(_logger, ex);
            return new SendUnavailable("SMS.CX did not answer in time.");
        }
    }

    private HttpRequestMessage BuildRequest(string to, string text)
    {
        var body = new SendSmsRequest
        {
            To = [to],
            From = _options.SenderName,
            Text = text,
            DlrCallbackUrl = _options.DlrCallbackUrl,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.SmsCxBaseUrl.TrimEnd('/') + "/sms"))
        {
            Content = JsonContent.Create(body, s_requestOptions.GetTypeInfo(typeof(SendSmsRequest))),
        };
        request.Headers.Add("X-API-KEY", _options.SmsCxApiKey);
        return request;
    }

    private static async Task<SendOutcome> ReadAcceptedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var answer = await response.Content.ReadFromJsonAsync(SmsCxJson.Context.SendSmsResponse, ct);
            return answer?.Data is [var message, ..]
                ? new SendAccepted(message)
                : new SendUnavailable("SMS.CX answered without a message entry.");
        }
        catch (JsonException)
        {
            return new SendUnavailable("SMS.CX answered with a body that is not a send answer.");
        }
    }
}
