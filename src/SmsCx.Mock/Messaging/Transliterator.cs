using System.Globalization;
using System.Text;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// The <c>transliteration</c> option of a send (reference §8.4): <c>NON_GSM</c> maps every character outside
/// GSM-7 to a look-alike (accents dropped, typographic quotes and dashes simplified) or <c>?</c>; a language
/// alphabet (<c>RUSSIAN_CYRILLIC</c>, <c>POLISH</c>, <c>GREEK</c> ...) converts its own script and leaves other
/// characters alone; <c>removeEmojis</c> strips emoji. GSM-7 characters are never touched.
/// </summary>
public static class Transliterator
{
    private static readonly Dictionary<char, string> s_cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['і'] = "i", ['ї'] = "yi", ['є'] = "ye", ['ґ'] = "g", ['ў'] = "u", ['ђ'] = "dj", ['ј'] = "j",
        ['љ'] = "lj", ['њ'] = "nj", ['ћ'] = "c", ['џ'] = "dz", ['ѓ'] = "gj", ['ќ'] = "kj", ['ѕ'] = "dz",
    };

    // Ukrainian romanisation differs from Russian for a few letters.
    private static readonly Dictionary<char, string> s_ukrainian = new()
    {
        ['и'] = "y", ['г'] = "h", ['ї'] = "i", ['є'] = "ie", ['й'] = "i",
    };

    private static readonly Dictionary<char, string> s_greek = new()
    {
        ['α'] = "A", ['β'] = "B", ['γ'] = "Γ", ['δ'] = "Δ", ['ε'] = "E", ['ζ'] = "Z", ['η'] = "H", ['θ'] = "Θ",
        ['ι'] = "I", ['κ'] = "K", ['λ'] = "Λ", ['μ'] = "M", ['ν'] = "N", ['ξ'] = "Ξ", ['ο'] = "O", ['π'] = "Π",
        ['ρ'] = "P", ['σ'] = "Σ", ['ς'] = "Σ", ['τ'] = "T", ['υ'] = "Y", ['φ'] = "Φ", ['χ'] = "X", ['ψ'] = "Ψ",
        ['ω'] = "Ω",
    };

    private static readonly Dictionary<char, string> s_latin = new()
    {
        ['ł'] = "l", ['Ł'] = "L", ['ı'] = "i", ['đ'] = "d", ['Đ'] = "D", ['œ'] = "oe", ['Œ'] = "OE",
        ['‘'] = "'", ['’'] = "'", ['‚'] = "'", ['“'] = "\"", ['”'] = "\"", ['„'] = "\"", ['«'] = "\"", ['»'] = "\"",
        ['–'] = "-", ['—'] = "-", ['…'] = "...", ['\u00A0'] = " ", ['•'] = "-",
    };

    /// <summary>
    /// Returns the text after transliteration and the characters that were replaced or removed, with counts.
    /// <paramref name="alphabet"/> <see langword="null"/> or <c>NONE</c> converts nothing.
    /// </summary>
    public static (string Text, Dictionary<string, int> Replaced) Apply(string text, string? alphabet, bool removeEmojis)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        var replaced = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rune in text.EnumerateRunes())
        {
            var original = rune.ToString();
            string result;
            if (removeEmojis && IsEmoji(rune))
                result = string.Empty;
            else if (alphabet is null or "NONE" || TextAnalyzer.EncodingOf(original) == TextEncoding.Gsm7)
                result = original;
            else
                result = Convert(rune, alphabet);

            if (result != original)
                replaced[original] = replaced.GetValueOrDefault(original) + 1;
            output.Append(result);
        }

        return (output.ToString(), replaced);
    }

    private static string Convert(Rune rune, string alphabet)
    {
        var script = ScriptOf(alphabet);
        if (alphabet == "UKRAINIAN_CYRILLIC" && rune.IsBmp && LookUp(s_ukrainian, (char)rune.Value, capitalise: true) is { } ukrainian)
            return ukrainian;
        if (rune.IsBmp && (LookUp(script, (char)rune.Value) ?? LookUp(script, BaseOf(rune))) is { } mapped)
            return mapped;
        if (script is Script.Latin or Script.Any && rune.IsBmp && s_latin.TryGetValue((char)rune.Value, out var simple))
            return simple;
        if (script is Script.Latin or Script.Any && StripMarks(rune) is { } stripped)
            return stripped;
        if (script == Script.Any)
            return LookUp(Script.Cyrillic, rune.IsBmp ? (char)rune.Value : '\0') ?? LookUp(Script.Greek, rune.IsBmp ? (char)rune.Value : '\0') ?? "?";
        return rune.ToString();
    }

    private static string? LookUp(Script script, char c) => script switch
    {
        Script.Cyrillic => LookUp(s_cyrillic, c, capitalise: true),
        Script.Greek => LookUp(s_greek, c, capitalise: false),
        _ => null,
    };

    // Tables hold lower-case letters; an upper-case letter maps to the capitalised form (Greek maps are capitals).
    private static string? LookUp(Dictionary<char, string> table, char c, bool capitalise)
    {
        if (table.TryGetValue(c, out var lower))
            return lower;
        var lowered = char.ToLowerInvariant(c);
        if (lowered == c || !table.TryGetValue(lowered, out var upper))
            return null;
        return !capitalise || upper.Length == 0 ? upper : char.ToUpperInvariant(upper[0]) + upper[1..];
    }

    // The letter without accents (Greek tonos, Cyrillic breve), or '\0' when it has none.
    private static char BaseOf(Rune rune)
    {
        var decomposed = rune.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && decomposed[0] != rune.Value ? decomposed[0] : '\0';
    }

    private static string? StripMarks(Rune rune)
    {
        var decomposed = rune.ToString().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                kept.Append(c);
        }

        var result = kept.ToString();
        return result.Length > 0 && result != rune.ToString() && TextAnalyzer.EncodingOf(result) == TextEncoding.Gsm7 ? result : null;
    }

    private static Script ScriptOf(string alphabet) => alphabet switch
    {
        "NON_GSM" => Script.Any,
        "GREEK" => Script.Greek,
        "POLISH" or "ROMANIAN" or "TURKISH" => Script.Latin,
        _ => Script.Cyrillic,
    };

    private static bool IsEmoji(Rune rune) => rune.Value switch
    {
        >= 0x1F000 and <= 0x1FAFF => true,
        >= 0x2600 and <= 0x27BF => true,
        >= 0x2B00 and <= 0x2BFF => true,
        0x200D or 0xFE0F or 0x20E3 => true,
        _ => false,
    };

    private enum Script
    {
        Any,
        Latin,
        Cyrillic,
        Greek,
    }
}
