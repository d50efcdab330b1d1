using System.Collections.Frozen;

namespace SmsCx.Mock.Inspector;

/// <summary>
/// The inspector's page, style sheet, script and icon, embedded in this assembly (nothing is fetched from anywhere
/// else, so the page works offline). Read once, on first use.
/// </summary>
internal static class InspectorAssets
{
    public const string IndexName = "index.html";

    private static readonly Lazy<FrozenDictionary<string, Asset>> s_assets = new(Load);

    /// <summary>The asset named <paramref name="name"/> (e.g. <c>inspector.js</c>), or <see langword="null"/>.</summary>
    public static Asset? Find(string name) => s_assets.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(InspectorAssets).Assembly;
        const string Prefix = "SmsCx.Mock.Inspector.Assets.";
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource[Prefix.Length..];
            assets[name] = new Asset(copy.ToArray(), ContentTypeOf(name));
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    /// <summary>One embedded file and the Content-Type it is served with.</summary>
    public sealed record Asset(byte[] Content, string ContentType);
}
