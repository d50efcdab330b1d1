using SmsCx.Contracts.Text;
using System.CommandLine;
using SmsCx.Mock.Scenarios;

namespace SmsCx.Cli.Commands;

/// <summary>Options that take durations (<c>500ms</c>, <c>10s</c>, <c>1m</c>, <c>2h</c>) or comma-separated lists of them.</summary>
internal static class DurationOption
{
    public static Option<TimeSpan?> Single(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (DurationText.TryParse(text, out var value))
                return value;

            result.AddError($"{name} needs a duration such as 500ms, 10s, 1m or 2h, not '{text}'.");
            return null;
        },
    };

    public static Option<List<TimeSpan>?> List(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            var values = new List<TimeSpan>();
            foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!DurationText.TryParse(part, out var value))
                {
                    result.AddError($"{name} needs comma-separated durations such as 10s,1m,5m,30m,2h; '{part}' is not one.");
                    return null;
                }

                values.Add(value);
            }

            return values;
        },
    };
}
