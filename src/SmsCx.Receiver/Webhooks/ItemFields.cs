using System.Text.Json;
using SmsCx.Contracts;
using SmsCx.Contracts.Serialization;
using SmsCx.Receiver.Domain;

namespace SmsCx.Receiver.Webhooks;

/// <summary>
/// Reads the fields of one item and remembers the first problem, so an item parser can read every field
/// in one expression and decide at the end. Getters return a placeholder after a failure.
/// </summary>
internal sealed class ItemFields(JsonElement item)
{
    public string? Error { get; private set; }

    public string RequiredString(string name)
    {
        var value = OptionalString(name);
        if (string.IsNullOrWhiteSpace(value))
            Fail($"'{name}' must be a non-empty string");

        return value ?? string.Empty;
    }

    public string? OptionalString(string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;

        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();

        Fail($"'{name}' must be a string");
        return null;
    }

    /// <summary>The normalised E.164 number; a missing, empty or non-phone value is a failure.</summary>
    public string RequiredPhone(string name)
    {
        var value = RequiredString(name);
        return Error is null ? Phone(name, value) ?? string.Empty : string.Empty;
    }

    /// <summary>The normalised E.164 number, or null when the field is missing, null or blank.</summary>
    public string? OptionalPhone(string name)
    {
        var value = OptionalString(name);
        return string.IsNullOrWhiteSpace(value) ? null : Phone(name, value);
    }

    public long RequiredLong(string name)
    {
        if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var number))
            return number;

        Fail($"'{name}' must be an integer");
        return 0;
    }

    public int? NullableInt(string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            return number;

        Fail($"'{name}' must be an integer or null");
        return null;
    }

    public DateTimeOffset RequiredTime(string name)
    {
        var text = OptionalString(name);
        if (SmsCxTime.TryParse(text, out var value))
            return value;

        Fail($"'{name}' must be a date-time as 'yyyy-MM-dd HH:mm:ss' or ISO 8601");
        return default;
    }

    public MessageStatus RequiredStatus(string name)
    {
        if (MessageStatusTable.TryParse(OptionalString(name), out var status))
            return status;

        Fail($"'{name}' must be a known message status");
        return default;
    }

    private string? Phone(string name, string value)
    {
        if (PhoneNumber.TryNormalize(value, out var phone))
            return phone;

        Fail($"'{name}' must be a phone number in E.164 format, e.g. +4915112345678");
        return null;
    }

    private void Fail(string reason) => Error ??= reason;
}
