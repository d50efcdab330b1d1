using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SmsCx.Contracts;
using SmsCx.Contracts.Errors;
using SmsCx.Contracts.Optouts;
using SmsCx.Contracts.Serialization;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Api;

/// <summary>
/// The opt-out list: <c>GET /optouts</c> (newest first, cursor paging with <c>limit</c> 1 to 500, default 500;
/// an out-of-range limit is clamped), <c>POST /optouts</c> (adds numbers as <c>admin</c>) and
/// <c>DELETE /optouts/{optoutId}</c> (admin entries only).
/// </summary>
public static class OptoutEndpoints
{
    private const int MaxLimit = 500;

    /// <summary>Maps the opt-out endpoints onto the authenticated API group.</summary>
    public static RouteGroupBuilder MapOptouts(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/optouts", List).WithMetadata(new RequiredScope("optouts"));
        api.MapPost("/optouts", AddAsync).WithMetadata(new RequiredScope("optouts"));
        api.MapDelete("/optouts/{optoutId}", Delete).WithMetadata(new RequiredScope("optouts"));
        return api;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<OptoutListResponse> List(HttpRequest request, MockEngine engine)
    {
        var limit = int.TryParse(request.Query["limit"], CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, MaxLimit) : MaxLimit;
        var offset = Cursor(request.Query["next"]) ?? Cursor(request.Query["previous"]) ?? 0;
        var entries = engine.Optouts.Snapshot();
        var page = entries.Skip(offset).Take(limit).ToList();
        var response = new OptoutListResponse
        {
            Info = new OptoutListInfo { Id = "mock", Link = "https://en.ax/o/mock", Total = entries.Count },
            Data = page,
            Paging = new Paging
            {
                Next = offset + limit < entries.Count ? CursorOf(offset + limit) : null,
                Previous = offset > 0 ? CursorOf(Math.Max(0, offset - limit)) : null,
                Size = page.Count,
            },
        };
        return TypedResults.Json(response, SmsCxJson.Context.OptoutListResponse);
    }

    private static async Task<IResult> AddAsync(HttpRequest request, MockEngine engine, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, ct);
        }
        catch (JsonException ex)
        {
            return ApiResults.Error(ApiErrors.InvalidBody, $"Request body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("phoneNumbers", out var numbers)
                || numbers.ValueKind == JsonValueKind.Null)
            {
                return ApiResults.Error(ApiErrors.PhoneNumbersMissing);
            }

            if (numbers.ValueKind != JsonValueKind.Array || numbers.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.String))
                return ApiResults.Error(ApiErrors.PhoneNumbersNotArray);
            if (numbers.GetArrayLength() == 0)
                return ApiResults.Error(ApiErrors.PhoneNumbersMissing);

            var body = root.Deserialize(SmsCxJson.Context.OptoutsNewRequest)!;
            return Add(engine, body);
        }
    }

    private static IResult Add(MockEngine engine, OptoutsNewRequest request)
    {
        var checks = request.PhoneNumbers!.Select(n => PhoneNumbersValidator.Check(n, request.CountryIso)).ToList();
        var invalid = checks.Where(c => !c.IsValid).Select(c => c.Input).ToList();
        if (invalid.Count > 0 && request.AllowInvalid != true)
            return ApiResults.Error(ApiErrors.PhoneNumbersInvalid, invalid: invalid);

        var added = checks.Where(c => c.IsValid).Where(c => engine.AddOptout(c.E164!, c.CountryIso!)).ToList();
        var valid = checks.Count(c => c.IsValid);
        if (added.Count == 0)
            return ApiResults.Error(ApiErrors.NothingToOptOut);

        var info = new OptoutsNewInfo
        {
            TotalValid = added.Count,
            TotalInvalid = invalid.Count,
            TotalDuplicates = valid - added.Count,
            TotalPhoneNumbers = checks.Count,
            PhoneNumbersByCountry = added.GroupBy(c => c.CountryIso!).ToDictionary(g => g.Key, g => g.Count()),
            Invalid = invalid,
        };
        return TypedResults.Json(new OptoutsNewResponse { Info = info }, SmsCxJson.Context.OptoutsNewResponse);
    }

    private static IResult Delete(string optoutId, MockEngine engine)
    {
        if (!long.TryParse(optoutId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || engine.Optouts.FindById(id) is not { } entry)
            return ApiResults.Error(ApiErrors.OptoutNotFound);
        if (entry.OptoutFrom != "admin")
            return ApiResults.Error(ApiErrors.OptoutFromLink);

        engine.Optouts.Remove(id);
        var info = new DeleteOptoutInfo { Id = optoutId, PhoneNumber = entry.PhoneNumber };
        return TypedResults.Json(new DeleteOptoutResponse { Info = info }, SmsCxJson.Context.DeleteOptoutResponse);
    }

    private static int? Cursor(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(value));
            return text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text[2..], CultureInfo.InvariantCulture, out var offset) && offset >= 0
                ? offset
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string CursorOf(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{offset}"));
}
