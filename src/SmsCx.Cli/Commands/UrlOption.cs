using System.CommandLine;

namespace SmsCx.Cli.Commands;

/// <summary>Options that take an absolute http(s) URL and reject anything else with a clear parse error.</summary>
internal static class UrlOption
{
    /// <summary>
    /// An option named <paramref name="name"/> whose parse error quotes <paramref name="example"/> as a valid value.
    /// </summary>
    public static Option<Uri?> Create(string name, string description, string example = "http://127.0.0.1:5090") => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                return url;

            result.AddError($"{name} needs an absolute http or https URL such as {example}, not '{text}'.");
            return null;
        },
    };
}
