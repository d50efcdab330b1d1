using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SmsCx.Contracts.Account;
using SmsCx.Contracts.Auth;
using SmsCx.Contracts.Errors;
using SmsCx.Contracts.Optouts;
using SmsCx.Contracts.Serialization;
using SmsCx.Contracts.Sms;
using SmsCx.Contracts.Webhooks;

namespace SmsCx.Mock.Api;

/// <summary>
/// The OpenAPI 3.1 document of the emulated API, served without authentication at <c>GET /openapi.json</c>.
/// Paths are listed here; every schema is exported from the wire models, so the document cannot drift from the
/// answers. The webhook events the mock sends are described under <c>webhooks</c>.
/// </summary>
public static class OpenApiDocument
{
    private static readonly Lazy<string> s_document = new(() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    /// <summary>The document as indented JSON.</summary>
    public static string Json => s_document.Value;

    /// <summary>Maps <c>GET /openapi.json</c>.</summary>
    public static IEndpointRouteBuilder MapSmsCxOpenApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/openapi.json", () => TypedResults.Text(Json, "application/json"));
        return endpoints;
    }

    private static JsonObject Build()
    {
        var schemas = new JsonObject
        {
            ["SendSmsRequest"] = Schema<SendSmsRequest>(),
            ["SendSmsResponse"] = Schema<SendSmsResponse>(),
            ["ReportSingleResponse"] = Schema<ReportSingleResponse>(),
            ["DeleteScheduledResponse"] = Schema<DeleteScheduledResponse>(),
            ["OptoutListResponse"] = Schema<OptoutListResponse>(),
            ["OptoutsNewRequest"] = Schema<OptoutsNewRequest>(),
            ["OptoutsNewResponse"] = Schema<OptoutsNewResponse>(),
            ["DeleteOptoutResponse"] = Schema<DeleteOptoutResponse>(),
            ["AccountBalance"] = Schema<AccountBalance>(),
            ["OAuthTokenResponse"] = Schema<OAuthTokenResponse>(),
            ["ErrorEnvelope"] = Schema<ErrorEnvelope>(),
            ["DlrUpdateCallback"] = Schema<WebhookEnvelope<DlrUpdate>>(),
            ["ReceiveSmsCallback"] = Schema<WebhookEnvelope<ReceivedSms>>(),
            ["ShortlinkHitCallback"] = Schema<WebhookEnvelope<ShortlinkHit>>(),
            ["NewOptoutCallback"] = Schema<WebhookEnvelope<NewOptout>>(),
        };
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "SMS.CX API as emulated by the harness mock",
                ["version"] = "1.0.2",
                ["description"] = "The send path of the SMS.CX HTTP API. Errors always use ErrorEnvelope.",
            },
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["ApiKeyAuth"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-API-KEY" },
                    ["BearerAuth"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
                    ["BasicAuth"] = new JsonObject { ["type"] = "http", ["scheme"] = "basic" },
                },
            },
            ["security"] = new JsonArray(new JsonObject { ["ApiKeyAuth"] = new JsonArray() }, new JsonObject { ["BearerAuth"] = new JsonArray() }),
            ["paths"] = Paths(),
            ["webhooks"] = new JsonObject
            {
                [WebhookEvents.DlrUpdate] = Callback("DlrUpdateCallback"),
                [WebhookEvents.ReceiveSms] = Callback("ReceiveSmsCallback"),
                [WebhookEvents.ShortlinkHit] = Callback("ShortlinkHitCallback"),
                [WebhookEvents.NewOptout] = Callback("NewOptoutCallback"),
            },
        };
    }

    private static JsonObject Paths() => new()
    {
        ["/sms"] = new JsonObject { ["post"] = Operation("Send an SMS to one or many numbers", "SendSmsRequest", "SendSmsResponse") },
        ["/sms/estimate"] = new JsonObject { ["post"] = Operation("Price a send without sending", "SendSmsRequest", "SendSmsResponse") },
        ["/sms/scheduled/{msgId}"] = new JsonObject { ["delete"] = Operation("Delete a scheduled message", null, "DeleteScheduledResponse", "msgId") },
        ["/reports/single/{msgId}"] = new JsonObject { ["get"] = Operation("Report of one message", null, "ReportSingleResponse", "msgId") },
        ["/optouts"] = new JsonObject
        {
            ["get"] = Operation("The opt-out list, newest first", null, "OptoutListResponse"),
            ["post"] = Operation("Add numbers to the opt-out list", "OptoutsNewRequest", "OptoutsNewResponse"),
        },
        ["/optouts/{optoutId}"] = new JsonObject { ["delete"] = Operation("Remove an admin opt-out", null, "DeleteOptoutResponse", "optoutId") },
        ["/account/balance"] = new JsonObject { ["get"] = Operation("Account balance", null, "AccountBalance") },
        ["/oauth/token"] = new JsonObject { ["post"] = Token() },
    };

    private static JsonObject Operation(string summary, string? request, string response, string? pathParameter = null)
    {
        var operation = new JsonObject
        {
            ["summary"] = summary,
            ["responses"] = new JsonObject
            {
                ["200"] = Content("OK", response),
                ["default"] = Content("Error in the API's envelope", "ErrorEnvelope"),
            },
        };
        if (request is not null)
            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = JsonContent(request) };
        if (pathParameter is not null)
        {
            operation["parameters"] = new JsonArray(new JsonObject
            {
                ["name"] = pathParameter, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        return operation;
    }

    private static JsonObject Token()
    {
        var operation = Operation("Client-credentials token (HTTP Basic application id and secret)", null, "OAuthTokenResponse");
        operation["security"] = new JsonArray(new JsonObject { ["BasicAuth"] = new JsonArray() });
        operation["requestBody"] = new JsonObject
        {
            ["required"] = true,
            ["content"] = new JsonObject
            {
                ["application/x-www-form-urlencoded"] = new JsonObject
                {
                    ["schema"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("grant_type"),
                        ["properties"] = new JsonObject
                        {
                            ["grant_type"] = new JsonObject { ["const"] = "client_credentials" },
                            ["scope"] = new JsonObject { ["type"] = "string" },
                        },
                    },
                },
            },
        };
        return operation;
    }

    private static JsonObject Callback(string schema) => new()
    {
        ["post"] = new JsonObject
        {
            ["requestBody"] = new JsonObject { ["content"] = JsonContent(schema) },
            ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "Only 200 counts as delivered; anything else is retried" } },
        },
    };

    private static JsonObject Content(string description, string schema) => new()
    {
        ["description"] = description,
        ["content"] = JsonContent(schema),
    };

    private static JsonObject JsonContent(string schema) => new()
    {
        ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = $"#/components/schemas/{schema}" } },
    };

    private static JsonNode Schema<T>() =>
        JsonSchemaExporter.GetJsonSchemaAsNode(SmsCxJson.Context.Options, typeof(T));
}
