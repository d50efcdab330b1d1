namespace SmsCx.Receiver.Domain;

/// <summary>
/// Brings a phone number to one comparable spelling: separators removed, <c>00</c> read as <c>+</c>, and a
/// <c>+</c> added to a bare digit string. It does not validate; E.164 input comes back unchanged.
/// </summary>
public static class PhoneNumber
{
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
}
