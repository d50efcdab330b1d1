using PhoneNumbers;

namespace SmsCx.Mock.Messaging;

/// <summary>Result of checking one recipient number.</summary>
/// <param name="Input">The number as the client sent it.</param>
/// <param name="E164">The number in E.164, or <see langword="null"/> when invalid.</param>
/// <param name="CountryIso">ISO 3166 alpha-2 country, or <see langword="null"/> when invalid.</param>
public sealed record PhoneNumberCheck(string Input, string? E164, string? CountryIso)
{
    /// <summary>True when the number is a valid, routable phone number.</summary>
    public bool IsValid => E164 is not null;
}

/// <summary>
/// Validates recipient numbers with Google's libphonenumber: E.164 numbers, or national numbers read with the
/// request's <c>countryIso</c>. Thread-safe.
/// </summary>
public static class PhoneNumbersValidator
{
    private static readonly PhoneNumberUtil s_util = PhoneNumberUtil.GetInstance();

    /// <summary>Checks <paramref name="input"/>; <paramref name="countryIso"/> is used only for national numbers.</summary>
    public static PhoneNumberCheck Check(string input, string? countryIso)
    {
        ArgumentNullException.ThrowIfNull(input);
        var trimmed = input.Trim();
        // libphonenumber is lenient (tel: prefixes, extensions, letters); a recipient is digits and separators only.
        if (trimmed.Length is 0 or > 32 || trimmed.Any(c => !char.IsAsciiDigit(c) && c is not ('+' or ' ' or '-' or '(' or ')' or '.')))
            return new PhoneNumberCheck(input, null, null);

        try
        {
            var region = string.IsNullOrWhiteSpace(countryIso) ? "ZZ" : countryIso.Trim().ToUpperInvariant();
            var number = s_util.Parse(trimmed, region);
            if (!s_util.IsValidNumber(number))
                return new PhoneNumberCheck(input, null, null);

            return new PhoneNumberCheck(
                input,
                s_util.Format(number, PhoneNumberFormat.E164),
                s_util.GetRegionCodeForNumber(number));
        }
        catch (NumberParseException)
        {
            return new PhoneNumberCheck(input, null, null);
        }
    }
}
