using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace SmsCx.Receiver.Domain;

/// <summary>
/// Brings a phone number to one comparable spelling: separators removed, <c>00</c> read as <c>+</c>, and a
/// <c>+</c> added to a bare digit string. <see cref="Normalize"/> does not validate; E.164 input comes back
/// unchanged. <see cref="TryNormalize"/> also checks the result is E.164.
/// </summary>
public static partial class PhoneNumber
{
    /// <summary>
    /// The comparable spelling of <paramref name="value"/> when it is a phone number in E.164 (a <c>+</c>, then 7 to
    /// 15 digits, the first not 0) once normalised; otherwise false and <paramref name="normalized"/> is null.
    /// </summary>
    public static bool TryNormalize(string? value, [NotNullWhen(true)] out string? normalized)
    {
        normalized = value is null ? null : Normalize(value);
        if (normalized is not null && E164().IsMatch(normalized))
            return true;

        normalized = null;
        return false;
    }

    /// <summary>Returns the comparable spelling of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var compact = new string([.. value.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '(' or ')' or '.'))]);
        if (compact.StartsWith("00", StringComparison.Ordinal))
            return "+" + compact[2..];

        return compact.Length > 0 && compact.All(char.IsAsciiDigit) ? "+" + compact : compact;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
