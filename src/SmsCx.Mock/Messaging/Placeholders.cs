using System.Globalization;
using System.Text.RegularExpressions;
using SmsCx.Contracts.Errors;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// Substitutes the send placeholders per recipient (reference §8.2): <c>{{optoutLink}}</c>,
/// <c>{{shortlink:ID}}</c>, <c>{{attachment:ID}}</c> (also spelled <c>attachement</c>), <c>{{numbers[:N]}}</c>, <c>{{letters[:N]}}</c>, <c>{{alphanumeric[:N]}}</c> and
/// <c>{{today}}</c>. Unknown placeholders become empty text, as the API documents. A length N outside 1 to 20
/// is error 1137; a length that is not a number is error 1136.
/// </summary>
public static partial class Placeholders
{
    /// <summary>Characters of generated short-link codes.</summary>
    public const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Placeholder length N out of range (1 to 20).</summary>
    public static readonly ErrorDefinition LengthOutOfRange =
        new(400, "invalid_param", 1137, "Placeholder length must be between 1 and 20");

    /// <summary>Placeholder length N is not a number.</summary>
    public static readonly ErrorDefinition LengthInvalid =
        new(400, "invalid_param", 1136, "Placeholder length is not valid");

    /// <summary>
    /// Checks the placeholders of <paramref name="text"/> without substituting; returns the first error or
    /// <see langword="null"/>. With <paramref name="knownLinks"/>, a short-link or attachment id not in it is 1112.
    /// </summary>
    public static ErrorDefinition? Validate(string text, IReadOnlyCollection<string>? knownLinks = null)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (IsLink(name))
            {
                var id = match.Groups["arg"].Value;
                if (!match.Groups["arg"].Success || id.Length == 0 || (knownLinks is not null && !knownLinks.Contains(id)))
                    return ApiErrors.ShortlinkUnknown;
                continue;
            }

            if (name is not ("numbers" or "letters" or "alphanumeric") || !match.Groups["arg"].Success)
                continue;
            if (!int.TryParse(match.Groups["arg"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                return LengthInvalid;
            if (n is < 1 or > 20)
                return LengthOutOfRange;
        }

        return null;
    }

    /// <summary>
    /// Returns <paramref name="text"/> with every placeholder substituted for one recipient, and the tracked short
    /// link it contains, if any. Call <see cref="Validate"/> first.
    /// </summary>
    public static (string Text, string? ShortlinkUrl) Substitute(string text, SeededRandom random, DateTimeOffset today)
    {
        ArgumentNullException.ThrowIfNull(random);
        string? shortlink = null;
        var result = Pattern().Replace(text, match =>
        {
            var arg = match.Groups["arg"].Success ? match.Groups["arg"].Value : null;
            switch (match.Groups["name"].Value)
            {
                case "optoutLink":
                    return $"https://en.ax/o/{random.NextString(3, Alphabet)}/{random.NextString(3, Alphabet)}";
                case var link when IsLink(link) && arg is not null:
                    shortlink = $"https://en.ax/{arg}/{random.NextString(3, Alphabet)}";
                    return shortlink;
                case "numbers":
                    return random.NextString(LengthOf(arg), "0123456789");
                case "letters":
                    return random.NextString(LengthOf(arg), "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
                case "alphanumeric":
                    return random.NextString(LengthOf(arg), "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
                case "today":
                    return today.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
                default:
                    return string.Empty;
            }
        });
        return (result, shortlink);
    }

    // The SDK documents {{attachement:ID}}; {{attachment:ID}} is accepted as well.
    private static bool IsLink(string name) => name is "shortlink" or "attachment" or "attachement";

    private static int LengthOf(string? arg) => arg is null ? 4 : int.Parse(arg, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z][A-Za-z0-9_]*)(?::(?<arg>[^}]*))?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
