using System.Text.Json.Serialization;
using SmsCx.Contracts.Account;
using SmsCx.Contracts.Auth;
using SmsCx.Contracts.Errors;
using SmsCx.Contracts.Optouts;
using SmsCx.Contracts.Sms;
using SmsCx.Contracts.Webhooks;

namespace SmsCx.Contracts.Serialization;

/// <summary>
/// Source-generated serialization for every wire model. Names come from <c>[JsonPropertyName]</c>; nulls are
/// written unless a member says otherwise, because the SDKs require several nullable members to be present.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.Strict,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(SendSmsRequest))]
[JsonSerializable(typeof(SendSmsResponse))]
[JsonSerializable(typeof(ReportSingleResponse))]
[JsonSerializable(typeof(DeleteScheduledResponse))]
[JsonSerializable(typeof(OptoutListResponse))]
[JsonSerializable(typeof(OptoutsNewRequest))]
[JsonSerializable(typeof(OptoutsNewResponse))]
[JsonSerializable(typeof(DeleteOptoutResponse))]
[JsonSerializable(typeof(AccountBalance))]
[JsonSerializable(typeof(ErrorEnvelope))]
[JsonSerializable(typeof(OAuthTokenResponse))]
[JsonSerializable(typeof(WebhookEnvelope<DlrUpdate>))]
[JsonSerializable(typeof(WebhookEnvelope<ReceivedSms>))]
[JsonSerializable(typeof(WebhookEnvelope<ShortlinkHit>))]
[JsonSerializable(typeof(WebhookEnvelope<NewOptout>))]
[JsonSerializable(typeof(DlrUpdate))]
[JsonSerializable(typeof(ReceivedSms))]
[JsonSerializable(typeof(ShortlinkHit))]
[JsonSerializable(typeof(NewOptout))]
public sealed partial class SmsCxJsonContext : JsonSerializerContext;
