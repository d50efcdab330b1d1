namespace SmsCx.Contracts.Errors;

/// <summary>
/// The errors the send path can produce, with the reference's HTTP statuses, types and codes.
/// Codes marked UNCONFIRMED in the reference (rate limit, bad key, bad method, bad body, server error) use
/// the harness's documented placeholders.
/// </summary>
public static class ApiErrors
{
    /// <summary>1103: more than 25,000 destination numbers.</summary>
    public static readonly ErrorDefinition TooManyNumbers =
        new(400, "invalid_param", 1103, "Too many phone numbers. Maximum allowed is 25000");

    /// <summary>1104: <c>to</c> missing or empty.</summary>
    public static readonly ErrorDefinition ToMissing = new(400, "invalid_param", 1104, "Parameter to is missing or empty");

    /// <summary>1105: <c>from</c> missing or empty.</summary>
    public static readonly ErrorDefinition FromMissing =
        new(400, "invalid_param", 1105, "Parameter from is missing or empty");

    /// <summary>1106: <c>from</c> shorter than 3 or longer than 15 characters.</summary>
    public static readonly ErrorDefinition FromLength =
        new(400, "invalid_param", 1106, "Parameter from must be between 3 and 15 characters");

    /// <summary>1107: <c>text</c> missing or empty (the harness also uses it for texts over ten parts).</summary>
    public static readonly ErrorDefinition TextMissing =
        new(400, "invalid_param", 1107, "Parameter text is missing or empty");

    /// <summary>1108: <c>scheduledDate</c> is not a valid date.</summary>
    public static readonly ErrorDefinition ScheduledDateInvalid =
        new(400, "invalid_param", 1108, "Parameter scheduledDate is not a valid date");

    /// <summary>1109: <c>dlrCallbackUrl</c> is not a valid URL.</summary>
    public static readonly ErrorDefinition CallbackUrlInvalid =
        new(400, "invalid_param", 1109, "Parameter dlrCallbackUrl is not a valid URL");

    /// <summary>1110: <c>transliteration.alphabet</c> is not an allowed value.</summary>
    public static readonly ErrorDefinition AlphabetInvalid =
        new(400, "invalid_param", 1110, "Parameter transliteration.alphabet is not valid");

    /// <summary>1111: <c>idempotencyId</c> is not a UUID v1 to v5.</summary>
    public static readonly ErrorDefinition IdempotencyIdInvalid =
        new(400, "invalid_param", 1111, "Parameter idempotencyId must be a valid UUID");

    /// <summary>1100: message id unknown or not scheduled (delete of a scheduled message).</summary>
    public static readonly ErrorDefinition ScheduledNotFound =
        new(404, "not_found", 1100, "Scheduled message not found");

    /// <summary>1112: short link or attachment id in a placeholder is invalid or unknown.</summary>
    public static readonly ErrorDefinition ShortlinkUnknown =
        new(400, "invalid_param", 1112, "Short link or attachment id is invalid or unknown");

    /// <summary>1113: balance too low for the send.</summary>
    public static readonly ErrorDefinition InsufficientBalance =
        new(400, "insufficient_credit", 1113, "Insufficient balance");

    /// <summary>1114: postpaid credit limit reached.</summary>
    public static readonly ErrorDefinition CreditLimitReached =
        new(400, "insufficient_credit", 1114, "Credit limit reached. Contact your account manager");

    /// <summary>1115: message id malformed (delete of a scheduled message).</summary>
    public static readonly ErrorDefinition ScheduledIdInvalid =
        new(400, "invalid_param", 1115, "Parameter msgId is not valid");

    /// <summary>1118: only scheduled messages can be deleted.</summary>
    public static readonly ErrorDefinition NotScheduled =
        new(403, "access_denied", 1118, "Only scheduled messages can be deleted");

    /// <summary>
    /// An <c>idempotencyId</c> reused with a different body (behaviour UNCONFIRMED; harness uses 400
    /// <c>duplicate_id</c> with code 1117).
    /// </summary>
    public static readonly ErrorDefinition IdempotencyConflict =
        new(400, "duplicate_id", 1117, "idempotencyId was already used with a different request body");

    /// <summary>1202: opt-out id unknown.</summary>
    public static readonly ErrorDefinition OptoutNotFound = new(404, "not_found", 1202, "Opt-out entry not found");

    /// <summary>1203: <c>phoneNumbers</c> missing or empty.</summary>
    public static readonly ErrorDefinition PhoneNumbersMissing =
        new(400, "invalid_param", 1203, "Parameter phoneNumbers is missing or empty");

    /// <summary>1208: <c>phoneNumbers</c> is not an array.</summary>
    public static readonly ErrorDefinition PhoneNumbersNotArray =
        new(400, "invalid_param", 1208, "Parameter phoneNumbers must be an array");

    /// <summary>1441: no valid numbers, or all already opted out.</summary>
    public static readonly ErrorDefinition NothingToOptOut =
        new(400, "invalid_param", 1441, "No valid phone numbers, or all are already opted out");

    /// <summary>1443: entries added by the opt-out link cannot be deleted.</summary>
    public static readonly ErrorDefinition OptoutFromLink =
        new(403, "access_denied", 1443, "Only opt-outs added by admin can be deleted");

    /// <summary>1116: <c>scheduledDate</c> lies in the past.</summary>
    public static readonly ErrorDefinition ScheduledDateInPast =
        new(400, "invalid_param", 1116, "Parameter scheduledDate must be a date in the future");

    /// <summary>1119: destination not covered.</summary>
    public static readonly ErrorDefinition NoCoverage = new(403, "no_coverage", 1119, "Destination not covered");

    /// <summary>1160: message id unknown.</summary>
    public static readonly ErrorDefinition MessageNotFound = new(404, "not_found", 1160, "Message not found");

    /// <summary>1165: message id malformed.</summary>
    public static readonly ErrorDefinition MessageIdInvalid =
        new(400, "invalid_param", 1165, "Parameter msgId is not valid");

    /// <summary>1207: the single phone number is not valid.</summary>
    public static readonly ErrorDefinition PhoneNumberInvalid =
        new(400, "invalid_param", 1207, "Phone number is invalid");

    /// <summary>1210: phone numbers invalid (bulk); carries the <c>invalid</c> list.</summary>
    public static readonly ErrorDefinition PhoneNumbersInvalid =
        new(400, "invalid_param", 1210, "Phone numbers are invalid");

    /// <summary>1135: <c>transliteration</c> is not an object.</summary>
    public static readonly ErrorDefinition TransliterationNotObject =
        new(400, "invalid_param", 1135, "Parameter transliteration must be an object");

    /// <summary>1503: <c>transliteration.removeEmojis</c> is not a boolean.</summary>
    public static readonly ErrorDefinition RemoveEmojisNotBoolean =
        new(400, "invalid_param", 1503, "Parameter transliteration.removeEmojis must be a boolean");

    /// <summary>Body is not a JSON object of the expected shape (code UNCONFIRMED; harness uses 1000).</summary>
    public static readonly ErrorDefinition InvalidBody = new(400, "invalid_body", 1000, "Request body is not valid JSON");

    /// <summary>Missing or wrong API key or token (code UNCONFIRMED; harness uses 1001).</summary>
    public static readonly ErrorDefinition InvalidApiKey =
        new(401, "invalid_api_key", 1001, "Invalid API key or access token");

    /// <summary>Bearer token lacks the endpoint's scope (code UNCONFIRMED; harness uses 1002).</summary>
    public static readonly ErrorDefinition InsufficientScope =
        new(403, "insufficient_scope", 1002, "The access token does not have the scope this endpoint needs");

    /// <summary>Unknown route (code UNCONFIRMED; harness uses 1004).</summary>
    public static readonly ErrorDefinition RouteNotFound = new(404, "not_found", 1004, "Resource not found");

    /// <summary>Method not supported on the path (code UNCONFIRMED; harness uses 1005).</summary>
    public static readonly ErrorDefinition MethodNotAllowed =
        new(405, "invalid_method", 1005, "Method not allowed on this resource");

    /// <summary>Throttled (code UNCONFIRMED; harness uses 0 like the reference example).</summary>
    public static readonly ErrorDefinition RateLimit = new(429, "rate_limit", 0, "Too many requests");

    /// <summary>Unexpected failure inside the server (code UNCONFIRMED; harness uses 1500).</summary>
    public static readonly ErrorDefinition ServerError = new(500, "server_error", 1500, "Internal server error");

    /// <summary>OAuth: <c>grant_type</c> missing.</summary>
    public static readonly ErrorDefinition OAuthInvalidRequest =
        new(400, "invalid_request", 1600, "Parameter grant_type is missing");

    /// <summary>OAuth: unknown or malformed scope.</summary>
    public static readonly ErrorDefinition OAuthInvalidScope = new(400, "invalid_scope", 1600, "Scope is not valid");

    /// <summary>OAuth: grant other than <c>client_credentials</c>.</summary>
    public static readonly ErrorDefinition OAuthUnsupportedGrant =
        new(400, "unsupported_grant_type", 1600, "Only client_credentials grant type is supported");

    /// <summary>OAuth: application id or secret wrong.</summary>
    public static readonly ErrorDefinition OAuthInvalidClient =
        new(401, "invalid_client", 1600, "Client authentication failed");
}
