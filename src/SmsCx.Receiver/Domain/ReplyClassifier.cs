using System.Globalization;
using System.Text;

namespace SmsCx.Receiver.Domain;

/// <summary>
/// Classifies an inbound SMS by keyword. The WHOLE message must be a keyword after normalisation
/// (Unicode NFKC, so full-width letters match; surrounding whitespace, punctuation, symbols and emoji trimmed;
/// inner whitespace collapsed; case-insensitive). A text that merely contains a keyword, such as
/// "don't stop the reminders", is <see cref="ReplyIntent.Unknown"/>. Pure and thread-safe.
/// </summary>
public static class ReplyClassifier
{
    private static readonly HashSet<string> s_optOut = new(StringComparer.Ordinal)
    {
        "STOP", "STOP ALL", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "OPT OUT", "OPT-OUT", "OPTOUT", "ARRET", "ARRÊT",
        "STOPP",
    };

    private static readonly HashSet<string> s_yes = new(StringComparer.Ordinal)
    {
        "YES", "Y", "YEAH", "YEP", "YUP", "OK", "OKAY", "CONFIRM", "CONFIRMED", "JA", "OUI", "SI", "SÍ",
    };

    private static readonly HashSet<string> s_no = new(StringComparer.Ordinal)
    {
        "NO", "N", "NOPE", "NAH", "CANCEL", "NEIN", "NON",
    };

    /// <summary>Returns the intent of <paramref name="text"/>; null or blank text is <see cref="ReplyIntent.Unknown"/>.</summary>
    public static ReplyIntent Classify(string? text)
    {
        var key = Normalize(text);
        if (s_optOut.Contains(key))
            return ReplyIntent.OptOut;

        if (s_yes.Contains(key))
            return ReplyIntent.Yes;

        return s_no.Contains(key) ? ReplyIntent.No : ReplyIntent.Unknown;
    }

    /// <summary>The normal form keywords are compared in: NFKC, trimmed, single-spaced, upper case.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;

        var runes = text.Normalize(NormalizationForm.FormKC).EnumerateRunes().ToList();
        var start = runes.FindIndex(r => !IsTrimmable(r));
        if (start < 0)
            return string.Empty;

        var end = runes.FindLastIndex(r => !IsTrimmable(r));
        var core = string.Concat(runes.GetRange(start, end - start + 1).Select(r => r.ToString()));
        return string.Join(' ', core.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToUpperInvariant();
    }

    // Emoji sequences carry joiners, variation selectors and skin-tone modifiers besides the symbols themselves.
    private static bool IsTrimmable(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune) || Rune.IsSymbol(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.EnclosingMark
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.Control;
}
