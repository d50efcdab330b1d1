using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SmsCx.Load.Profiles;

/// <summary>
/// Reads load profiles. A profile is one YAML document in UTF-8, at most 1 MiB, without <c>*alias</c> references:
/// <code>
/// target: http://127.0.0.1:5080/          # base URL (http or https)
/// timeout: 30s                             # per request (optional)
/// max-in-flight: 10000                     # per open-model scenario (optional)
/// thresholds: [ "p99 &lt; 50ms" ]          # apply to every scenario (optional)
/// scenarios:
///   - name: send-sms
///     request: { method: POST, path: /sms, headers: { X-API-KEY: test_key }, json: { to: "+4915112345678" } }
///     load: { constant-rate: 100, duration: 10s, warm-up: 2s }   # or ramping-rate: { from: 10, to: 200 }, or concurrency: 8
///     thresholds: [ "errors &lt; 0.1%" ]  # this scenario only (optional)
/// </code>
/// Every problem is a <see cref="LoadProfileException"/> naming the file and line.
/// </summary>
public static class LoadProfileLoader
{
    /// <summary>Largest profile file accepted, in bytes.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>Reads and checks the profile at <paramref name="path"/>.</summary>
    public static LoadProfile LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new LoadProfileException(path, 0, "the file does not exist");
            if (info.Length > MaxBytes)
                throw new LoadProfileException(path, 0, $"the file is larger than {MaxBytes} bytes");

            return Parse(File.ReadAllText(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            throw new LoadProfileException(name, 0, ex is System.Text.DecoderFallbackException ? "the file is not UTF-8" : ex.Message, ex);
        }
    }

    /// <summary>Reads and checks profile text; <paramref name="source"/> names it in error messages.</summary>
    public static LoadProfile Parse(string yaml, string source)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            CheckEvents(yaml, source);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return new ProfileReader(source).Read(stream.Documents[0].RootNode);
        }
        catch (YamlException ex)
        {
            throw new LoadProfileException(source, ex.Start.Line, ex.Message, ex);
        }
    }

    // Aliases are refused before the tree is built, so an alias bomb never expands.
    private static void CheckEvents(string yaml, string source)
    {
        var documents = 0;
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            if (parser.Current is AnchorAlias alias)
                throw new LoadProfileException(source, alias.Start.Line, "*alias references are not allowed in a profile");
            if (parser.Current is DocumentStart start && ++documents > 1)
                throw new LoadProfileException(source, start.Start.Line, "a profile holds one YAML document");
        }

        if (documents == 0)
            throw new LoadProfileException(source, 0, "the profile is empty");
    }
}
