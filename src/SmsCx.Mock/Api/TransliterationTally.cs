using SmsCx.Contracts.Sms;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Api;

/// <summary>
/// Adds up what transliteration did across a send's recipients, for <c>info.transliterationAnalysis</c>:
/// parts and cost before and after, the replaced characters, and the first recipient's text before and after.
/// </summary>
internal sealed class TransliterationTally
{
    private readonly Dictionary<string, int> _characters = new(StringComparer.Ordinal);
    private TextAnalysis? _firstOriginal;
    private TextAnalysis? _firstReplaced;
    private string _originalText = string.Empty;
    private string _replacedText = string.Empty;
    private int _originalParts;
    private int _replacedParts;
    private decimal _originalCost;
    private decimal _replacedCost;

    /// <summary>Counts one recipient's text before and after, priced at <paramref name="pricePerPart"/>.</summary>
    public void Add(string original, string replaced, Dictionary<string, int> characters, decimal pricePerPart)
    {
        var before = TextAnalyzer.Analyze(original);
        var after = TextAnalyzer.Analyze(replaced);
        if (_firstOriginal is null)
        {
            (_firstOriginal, _firstReplaced, _originalText, _replacedText) = (before, after, original, replaced);
        }

        _originalParts += before.Parts;
        _replacedParts += after.Parts;
        _originalCost += before.Parts * pricePerPart;
        _replacedCost += after.Parts * pricePerPart;
        foreach (var (character, count) in characters)
            _characters[character] = _characters.GetValueOrDefault(character) + count;
    }

    /// <summary>The analysis, or <see langword="null"/> when nothing was replaced.</summary>
    public TransliterationAnalysis? ToAnalysis()
    {
        if (_characters.Count == 0 || _firstOriginal is null || _firstReplaced is null)
            return null;

        return new TransliterationAnalysis
        {
            TotalOriginalCost = _originalCost,
            TotalOriginalParts = _originalParts,
            TotalReplacedCost = _replacedCost,
            TotalReplacedParts = _replacedParts,
            TotalCostSaved = _originalCost - _replacedCost,
            TotalPartsSaved = _originalParts - _replacedParts,
            Text = new TransliterationText
            {
                Original = new TextVersion
                {
                    Text = _originalText, Length = _firstOriginal.Length, Parts = _firstOriginal.Parts, Encoding = Name(_firstOriginal),
                },
                Replaced = new ReplacedTextVersion
                {
                    Text = _replacedText, Length = _firstReplaced.Length, Parts = _firstReplaced.Parts, Encoding = Name(_firstReplaced),
                    Characters = _characters,
                },
            },
        };
    }

    private static string Name(TextAnalysis analysis) => analysis.Unicode ? "UCS-2" : "GSM-7";
}
