using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmsCx.Contracts.Errors;
using SmsCx.Contracts.Serialization;
using SmsCx.Contracts.Sms;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Api;

/// <summary>
/// Applies the send rules in the reference's order (MOCK CHOICE, §5.3): 1103, 1104, 1105, 1106, 1107, 1108,
/// 1109, 1111, 1116, 1207/1210, 1110, 1135, 1503, then placeholders (1112, 1136/1137) in text order; the
/// send itself adds 1113/1114 (money) and 1119 (coverage). A single invalid recipient (or <c>to</c> given as one
/// string) is 1207; several with one invalid and <c>allowInvalid</c> false, or none valid, is 1210 with the list.
/// </summary>
public static partial class SendSmsValidator
{
    /// <summary>Most recipients per request.</summary>
    public const int MaxRecipients = 25_000;

    private static readonly HashSet<string> s_alphabets = new(StringComparer.Ordinal)
    {
        "NONE", "NON_GSM", "RUSSIAN_CYRILLIC", "BULGARIAN_CYRILLIC", "UKRAINIAN_CYRILLIC", "MACEDONIAN_CYRILLIC",
        "BELARUSIAN_CYRILLIC", "SERBIAN_CYRILLIC", "POLISH", "ROMANIAN", "TURKISH", "GREEK",
    };

    /// <summary>
    /// Parses and validates a send body. Returns the validated send, or the error to answer with (and, for 1210,
    /// the offending numbers). <paramref name="allowIdempotencyId"/> is false for the estimate endpoint.
    /// </summary>
    public static SendValidation Validate(
        JsonElement root, DateTimeOffset now, bool allowIdempotencyId = true, IReadOnlyCollection<string>? knownLinks = null)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return Fail(ApiErrors.InvalidBody, "Request body must be a JSON object");

        var typeError = TransliterationTypeError(root);
        SendSmsRequest request;
        try
        {
            // A malformed transliteration has codes of its own (1135, 1503) that come late in the order;
            // read the rest of the body without it so earlier rules still apply first.
            var body = JsonObject.Create(root)!;
            if (typeError is not null)
                body.Remove("transliteration");
            request = body.Deserialize(SmsCxJson.Context.SendSmsRequest) ?? new SendSmsRequest();
        }
        catch (JsonException ex)
        {
            return Fail(ApiErrors.InvalidBody, $"Field {ex.Path ?? "$"} has the wrong type; {ExpectedType(ex.Path)}");
        }

        return ValidateFields(root, request, now, typeError, allowIdempotencyId, knownLinks);
    }

    private static SendValidation ValidateFields(
        JsonElement root,
        SendSmsRequest request,
        DateTimeOffset now,
        ErrorDefinition? typeError,
        bool allowIdempotencyId,
        IReadOnlyCollection<string>? knownLinks)
    {
        var to = request.To ?? [];
        if (to.Count > MaxRecipients)
            return Fail(ApiErrors.TooManyNumbers);
        if (to.Count == 0 || to.All(string.IsNullOrWhiteSpace))
            return Fail(ApiErrors.ToMissing);
        if (string.IsNullOrWhiteSpace(request.From))
            return Fail(ApiErrors.FromMissing);
        if (request.From.Length is < 3 or > 15)
            return Fail(ApiErrors.FromLength);
        if (string.IsNullOrEmpty(request.Text))
            return Fail(ApiErrors.TextMissing);

        DateTimeOffset? scheduledAt = null;
        if (!string.IsNullOrWhiteSpace(request.ScheduledDate))
        {
            if (!SmsCxTime.TryParse(request.ScheduledDate, out var parsed))
                return Fail(ApiErrors.ScheduledDateInvalid);
            scheduledAt = parsed;
        }

        Uri? callback = null;
        if (!string.IsNullOrWhiteSpace(request.DlrCallbackUrl))
        {
            if (!Uri.TryCreate(request.DlrCallbackUrl, UriKind.Absolute, out callback)
                || callback.Scheme is not ("http" or "https"))
            {
                return Fail(ApiErrors.CallbackUrlInvalid);
            }
        }

        if (allowIdempotencyId && request.IdempotencyId is not null && !IsUuid(request.IdempotencyId))
            return Fail(ApiErrors.IdempotencyIdInvalid);
        if (scheduledAt is { } at && at < now)
            return Fail(ApiErrors.ScheduledDateInPast);

        var recipients = to.Select(number => PhoneNumbersValidator.Check(number ?? string.Empty, request.CountryIso)).ToList();
        var numberError = NumberError(root, recipients, request.AllowInvalid == true);
        if (numberError is not null)
            return numberError;

        // alphabet is required inside a transliteration object, so a missing one is as invalid as an unknown one.
        if (request.Transliteration is { } transliteration && (transliteration.Alphabet is null || !s_alphabets.Contains(transliteration.Alphabet)))
            return Fail(ApiErrors.AlphabetInvalid);
        if (typeError is not null)
            return Fail(typeError);
        if (Placeholders.Validate(request.Text, knownLinks) is { } placeholderError)
            return Fail(placeholderError);

        // The SDKs accept only lower-case ids in answers, so a valid trackData is echoed in lower case.
        var trackData = request.TrackData is not null && IsUuid(request.TrackData) ? request.TrackData.ToLowerInvariant() : null;
        return SendValidation.Ok(new ValidatedSend(
            recipients, request.From, request.Text, scheduledAt, callback, trackData,
            request.ShortResponse == true, request.NoTextDetails == true, allowIdempotencyId ? request.IdempotencyId : null,
            request.Transliteration?.Alphabet, request.Transliteration?.RemoveEmojis == true));
    }

    private static SendValidation? NumberError(
        JsonElement root, List<PhoneNumberCheck> recipients, bool allowInvalid)
    {
        var invalid = recipients.Where(r => !r.IsValid).Select(r => r.Input).ToList();
        if (invalid.Count == 0)
            return null;

        var single = recipients.Count == 1 || root.GetProperty("to").ValueKind == JsonValueKind.String;
        if (single)
            return Fail(ApiErrors.PhoneNumberInvalid);
        if (!allowInvalid || invalid.Count == recipients.Count)
            return SendValidation.Fail(ApiErrors.PhoneNumbersInvalid, invalid: invalid);
        return null;
    }

    private static ErrorDefinition? TransliterationTypeError(JsonElement root)
    {
        if (!root.TryGetProperty("transliteration", out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.Object)
            return ApiErrors.TransliterationNotObject;
        if (value.TryGetProperty("removeEmojis", out var remove)
            && remove.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            return ApiErrors.RemoveEmojisNotBoolean;
        }

        return null;
    }

    private static SendValidation Fail(ErrorDefinition error, string? message = null) =>
        SendValidation.Fail(error, message);

    private static string ExpectedType(string? path) => path?.TrimStart('$', '.') switch
    {
        "to" or ['t', 'o', '[', ..] => "expected a phone number string or an array of them",
        "allowInvalid" or "isUtc" or "shortResponse" or "noTextDetails" or "showTimezone" => "expected true or false",
        _ => "expected a string",
    };

    /// <summary>True for a UUID of version 1 to 5 in canonical hyphenated form, either case.</summary>
    public static bool IsUuid(string value) => UuidPattern().IsMatch(value);

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();
}
