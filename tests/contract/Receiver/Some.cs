using System.Text.Json.Nodes;

namespace SmsCx.Contract.Tests.Receiver;

/// <summary>Webhook bodies and items with sensible defaults.</summary>
internal static class Some
{
    public const string Phone = "+4915112345678";

    public static string MsgId() => Guid.NewGuid().ToString();

    public static string Batch(string eventName, params JsonNode?[] items) =>
        new JsonObject { ["event"] = eventName, ["data"] = new JsonArray(items) }.ToJsonString();

    public static JsonObject Dlr(
        string msgId, string status, int? errorCode = null, string datetime = "2026-05-14 09:21:12") => new()
    {
        ["campaignId"] = "9d2f4c1a-6b7e-4f80-a1b2-c3d4e5f60718",
        ["msgId"] = msgId,
        ["statusCode"] = StatusCode(status),
        ["status"] = status,
        ["errorCode"] = errorCode,
        ["datetime"] = datetime,
        ["trackData"] = null,
    };

    public static JsonObject Reply(string from, string text, string? msgId = null) => new()
    {
        ["msgId"] = msgId ?? MsgId(),
        ["from"] = from,
        ["countryIso"] = "DE",
        ["to"] = "+4915700000100",
        ["text"] = text,
        ["cost"] = 0,
        ["receivedAt"] = "2026-05-14 10:02:44",
    };

    public static JsonObject Hit(long hitId, string phone, string browser = "Chrome Mobile", string os = "Android") => new()
    {
        ["hitId"] = hitId,
        ["shortlinkId"] = "aB3",
        ["url"] = "https://en.ax/aB3/k9P",
        ["device"] = "mobile",
        ["browser"] = browser,
        ["browserVersion"] = "124.0",
        ["os"] = os,
        ["osVersion"] = "14",
        ["brand"] = "Samsung",
        ["model"] = "Galaxy S23",
        ["screenResolution"] = "1080x2340",
        ["acceptLanguage"] = "de-DE",
        ["referrer"] = null,
        ["ipAddress"] = "198.51.100.0",
        ["countryIso"] = "DE",
        ["city"] = "Berlin",
        ["datetime"] = "2026-05-14 09:35:10",
        ["phoneNumber"] = phone,
        ["campaignId"] = null,
        ["groupId"] = null,
    };

    public static JsonObject Optout(long hitId, string phone, string type = "link") => new()
    {
        ["hitId"] = hitId,
        ["optoutId"] = "Qx7",
        ["optoutUrl"] = "https://en.ax/o/Qx7/Zr2",
        ["optoutType"] = type,
        ["countryIso"] = "DE",
        ["datetime"] = "2026-05-14 09:40:27",
        ["phoneNumber"] = phone,
        ["campaignId"] = null,
        ["groupId"] = null,
    };

    public static string Appointment(string id, string phone = Phone, string at = "2036-12-10T10:00:00Z") =>
        new JsonObject { ["id"] = id, ["phone"] = phone, ["at"] = at }.ToJsonString();

    public static string SendAnswer(string msgId, string to = Phone, string status = "ACCEPTED") => new JsonObject
    {
        ["info"] = new JsonObject
        {
            ["campaignId"] = "3a8c1f5e-2b9d-4e7a-9f60-71829304a5b6",
            ["totalPhoneNumbers"] = 1,
            ["totalValid"] = 1,
            ["totalInvalid"] = 0,
            ["totalCost"] = 0.074,
            ["totalParts"] = 1,
            ["dlrCallbackUrl"] = null,
            ["phoneNumbersByCountry"] = new JsonObject { ["DE"] = 1 },
            ["scheduled"] = false,
        },
        ["data"] = new JsonArray(new JsonObject
        {
            ["msgId"] = msgId,
            ["status"] = status,
            ["statusCode"] = 0,
            ["errorCode"] = null,
            ["createdAt"] = "2026-05-14 09:21:07",
            ["inQuietHours"] = false,
            ["cost"] = 0.074,
            ["to"] = to,
            ["countryIso"] = "DE",
            ["from"] = "Clinic",
            ["text"] = "Reminder",
            ["parts"] = 1,
            ["textAnalysis"] = new JsonObject { ["length"] = 8, ["unicode"] = false, ["parts"] = 1 },
        }),
    }.ToJsonString();

    private static int StatusCode(string status) => status switch
    {
        "ACCEPTED" => 0,
        "SCHEDULED" => 1,
        "SENT" => 2,
        "DELIVERED" => 3,
        "FAILED" => 4,
        _ => 9,
    };
}
