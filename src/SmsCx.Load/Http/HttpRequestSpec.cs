namespace SmsCx.Load.Http;

/// <summary>One HTTP request a scenario sends on every call.</summary>
/// <param name="Method">HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">Path relative to the target's base URL, e.g. <c>/sms</c>.</param>
/// <param name="JsonBody">JSON body sent as <c>application/json</c>, or <see langword="null"/> for none.</param>
/// <param name="Headers">Extra request headers, e.g. <c>X-API-KEY</c>.</param>
public sealed record HttpRequestSpec(string Method, string Path, string? JsonBody, IReadOnlyDictionary<string, string> Headers);
