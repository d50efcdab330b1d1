using System.Buffers;
using SmsCx.Contracts.Sms;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// Works out encoding, length and part count of a message text the way the API reports them.
/// GSM-7: 160 characters in one part, 153 per part when concatenated; extension characters
/// (<c>^ { } \ [ ~ ] | €</c> and form feed) count twice. UCS-2: 70 in one part, 67 per part, counted in UTF-16
/// code units so an emoji counts twice. At most ten parts (1,530 GSM-7 or 670 UCS-2 units).
/// </summary>
/// <remarks>
/// The 67-unit UCS-2 part, the double count of extension characters and the ten-part ceiling for UCS-2 follow the
/// GSM standard; SMS.CX does not confirm them (reference §8.1).
/// </remarks>
public static class TextAnalyzer
{
    /// <summary>Most parts one message may have.</summary>
    public const int MaxParts = 10;

    private const string BasicCharacters =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string ExtensionCharacters = "^{}\\[~]|€\f";

    private static readonly SearchValues<char> s_basic = SearchValues.Create(BasicCharacters);
    private static readonly SearchValues<char> s_extension = SearchValues.Create(ExtensionCharacters);

    /// <summary>Returns the encoding the text needs.</summary>
    public static TextEncoding EncodingOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!s_basic.Contains(c) && !s_extension.Contains(c))
                return TextEncoding.Ucs2;
        }

        return TextEncoding.Gsm7;
    }

    /// <summary>Analyses <paramref name="text"/>; the part count may exceed <see cref="MaxParts"/>.</summary>
    public static TextAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoding = EncodingOf(text);
        var length = encoding == TextEncoding.Gsm7 ? Gsm7Length(text) : text.Length;
        return new TextAnalysis
        {
            Length = length,
            Unicode = encoding == TextEncoding.Ucs2,
            Parts = PartsFor(length, encoding),
        };
    }

    /// <summary>Number of parts for a text of <paramref name="length"/> units in <paramref name="encoding"/>.</summary>
    public static int PartsFor(int length, TextEncoding encoding)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var (single, multi) = encoding == TextEncoding.Gsm7 ? (160, 153) : (70, 67);
        if (length <= single)
            return 1;

        return (length + multi - 1) / multi;
    }

    /// <summary>Largest length in units that still fits in <see cref="MaxParts"/> parts.</summary>
    public static int MaxLength(TextEncoding encoding) => encoding == TextEncoding.Gsm7 ? 1530 : 670;

    private static int Gsm7Length(string text)
    {
        var length = 0;
        foreach (var c in text)
            length += s_extension.Contains(c) ? 2 : 1;
        return length;
    }
}
