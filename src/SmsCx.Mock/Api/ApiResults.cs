using Microsoft.AspNetCore.Http;
using SmsCx.Contracts.Errors;
using SmsCx.Contracts.Serialization;

namespace SmsCx.Mock.Api;

/// <summary>Answers in the API's error envelope, the only error shape the official SDKs can read.</summary>
public static class ApiResults
{
    /// <summary>An error answer with the definition's HTTP status.</summary>
    public static IResult Error(ErrorDefinition definition, string? message = null, List<string>? invalid = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return TypedResults.Json(
            definition.ToEnvelope(message, invalid),
            SmsCxJson.Context.ErrorEnvelope,
            statusCode: definition.HttpStatus);
    }

    /// <summary>Writes an error envelope straight to <paramref name="response"/> (for middleware).</summary>
    public static Task WriteAsync(HttpResponse response, ErrorDefinition definition, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(definition);
        response.StatusCode = definition.HttpStatus;
        return response.WriteAsJsonAsync(
            definition.ToEnvelope(message),
            SmsCxJson.Context.ErrorEnvelope,
            contentType: "application/json; charset=utf-8");
    }
}
