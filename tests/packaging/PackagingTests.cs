using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SmsCx.Packaging.Tests;

/// <summary>
/// The repository as a new user gets it, packed with <c>dotnet pack</c> into a folder outside it; then only those
/// packages are used: the <c>smscx</c> tool installed from the folder plays a scenario, and the sample test project,
/// copied outside the repository, passes against them. Restores read only the packed folder and the machine's
/// NuGet package cache (no network); tool and sample extract into a fresh folder so an older package of the same
/// version can never stand in for the one just packed.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class PackagingTests
{
    private static readonly TimeSpan s_packLimit = TimeSpan.FromMinutes(10);
    private static readonly string[] s_libraries = ["SmsCx.Contracts", "SmsCx.Mock", "SmsCx.Mock.Testing", "SmsCx.Receiver", "SmsCx.Load"];

    private string _work = null!;
    private string _repo = null!;
    private string _packages = null!;
    private string _version = null!;
    private Dictionary<string, string> _freshCache = null!;
    private DotnetProcess.Result _pack = null!;

    [OneTimeSetUp]
    public async Task PackTheRepositoryAsync()
    {
        var source = FindRepositoryRoot();
        _work = Path.Combine(Path.GetTempPath(), "smscx-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        _repo = Path.Combine(_work, "repo");
        _packages = Path.Combine(_work, "artifacts", "packages");
        Directory.CreateDirectory(_packages);
        foreach (var folder in new[] { "src", "scenarios", "samples" })
            CopyTree(Path.Combine(source, folder), Path.Combine(_repo, folder));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "LICENSE" })
            File.Copy(Path.Combine(source, file), Path.Combine(_repo, file));
        CopyTree(Path.Combine(source, "samples"), Path.Combine(_work, "samples"));

        // Only the packed folder and the packages this machine already restored: nothing is fetched from a network.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        await File.WriteAllTextAsync(Path.Combine(_work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="artifacts/packages" />
                <add key="machine-cache" value="{cache}" />
              </packageSources>
            </configuration>
            """);
        _freshCache = new() { ["NUGET_PACKAGES"] = Path.Combine(_work, "nuget") };

        _version = VersionPattern().Match(await File.ReadAllTextAsync(Path.Combine(_repo, "Directory.Build.props"))).Groups[1].Value;
        var projects = Directory.GetFiles(Path.Combine(_repo, "src"), "*.csproj", SearchOption.AllDirectories);
        await File.WriteAllTextAsync(Path.Combine(_repo, "packages.slnx"),
            "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{Path.GetRelativePath(_repo, p)}\" />\n")) + "</Solution>\n");
        _pack = await DotnetProcess.DotnetAsync(_repo, s_packLimit, null, "pack", "packages.slnx", "-c", "Release", "-o", _packages);
    }

    [OneTimeTearDown]
    public void RemoveWorkFolder()
    {
        if (_work is not null && Directory.Exists(_work))
            Directory.Delete(_work, recursive: true);
    }

    [Test]
    public void Pack_EveryLibraryAndTheTool_HaveMetadataReadmeAndDocs()
    {
        Assert.That(_pack.ExitCode, Is.Zero, _pack.Tail());
        Assert.That(_version, Does.Match(@"^\d+\.\d+\.\d+"));
        foreach (var id in s_libraries.Append("smscx"))
        {
            var path = Path.Combine(_packages, $"{id}.{_version}.nupkg");
            Assert.That(path, Does.Exist, $"{id} was not packed");
            using var package = ZipFile.OpenRead(path);
            var entries = package.Entries.Select(e => e.FullName).ToList();
            var nuspec = Nuspec(package, id);
            Assert.Multiple(() =>
            {
                Assert.That(Meta(nuspec, "description"), Has.Length.GreaterThan(40), id);
                Assert.That(Meta(nuspec, "authors"), Is.Not.Empty, id);
                Assert.That(Meta(nuspec, "license"), Is.EqualTo("MIT"), id);
                Assert.That(Meta(nuspec, "readme"), Is.EqualTo("PACKAGE.md"), id);
                Assert.That(Meta(nuspec, "tags"), Does.Contain("smscx"), id);
                Assert.That(entries, Does.Contain("PACKAGE.md").And.Contain("LICENSE"), id);
            });
            if (id == "smscx")
            {
                Assert.That(nuspec.Descendants().Any(e => e.Name.LocalName == "packageType" && (string?)e.Attribute("name") == "DotnetTool"), id);
                Assert.That(entries, Has.Some.EndsWith("/smscx.dll").And.Some.EndsWith("DotnetToolSettings.xml"), id);
            }
            else
            {
                Assert.That(entries, Does.Contain($"lib/net10.0/{id}.dll").And.Contain($"lib/net10.0/{id}.xml"), id);
                Assert.That(entries, Has.None.Contain("appsettings"), $"{id} would put a settings file into the user's project");
            }
        }
    }

    [Test]
    public async Task Tool_InstalledFromThePackedFolder_PlaysAScenario()
    {
        Assert.That(_pack.ExitCode, Is.Zero, _pack.Tail());
        var toolPath = Path.Combine(_work, "tool");

        var install = await DotnetProcess.DotnetAsync(_work, s_packLimit, _freshCache,
            "tool", "install", "smscx", "--version", _version, "--tool-path", toolPath, "--configfile", Path.Combine(_work, "nuget.config"));
        Assert.That(install.ExitCode, Is.Zero, install.Tail());

        var run = await DotnetProcess.RunAsync(Path.Combine(toolPath, "smscx"), _work, TimeSpan.FromMinutes(3), null,
            "run", Path.Combine(_repo, "scenarios", "appointment-confirmed.yaml"));
        Assert.That(run.ExitCode, Is.Zero, run.Tail());
        Assert.That(run.Output, Does.Contain("1 scenario: 1 passed, 0 failed"));
    }

    [Test]
    public async Task SampleOutsideTheRepository_PassesAgainstThePackedPackages()
    {
        Assert.That(_pack.ExitCode, Is.Zero, _pack.Tail());
        var results = Path.Combine(_work, "sample-results");

        var test = await DotnetProcess.DotnetAsync(Path.Combine(_work, "samples"), s_packLimit, _freshCache,
            "test", "ShopNotifications.Tests", "-p:SmsCxVersion=" + _version,
            "--logger", "trx;LogFileName=sample.trx", "--results-directory", results);

        var trx = Path.Combine(results, "sample.trx");
        Assert.That(test.ExitCode, Is.Zero, File.Exists(trx) ? FailedTests(XDocument.Load(trx)) : test.Tail());
        var counters = XDocument.Load(trx).Descendants().Single(e => e.Name.LocalName == "Counters");
        Assert.Multiple(() =>
        {
            Assert.That((int)counters.Attribute("passed")!, Is.GreaterThanOrEqualTo(7));
            Assert.That((int)counters.Attribute("failed")!, Is.Zero);
        });
        // The sample must have used the packages just packed, not a project of the repository.
        var assets = await File.ReadAllTextAsync(Path.Combine(_work, "samples", "ShopNotifications.Tests", "obj", "project.assets.json"));
        Assert.That(assets, Does.Contain($"\"SmsCx.Mock.Testing/{_version}\"").And.Contain(Path.Combine(_work, "nuget")));
    }

    // The failed tests of a TRX file with their messages: the nested run's own output is mostly the app's logging.
    private static string FailedTests(XDocument trx) => string.Join("\n", trx.Descendants()
        .Where(e => e.Name.LocalName == "UnitTestResult" && (string?)e.Attribute("outcome") == "Failed")
        .Select(e => $"{(string?)e.Attribute("testName")}: "
            + e.Descendants().FirstOrDefault(m => m.Name.LocalName == "Message")?.Value));

    private static XElement Nuspec(ZipArchive package, string id)
    {
        using var stream = package.GetEntry($"{id}.nuspec")!.Open();
        return XElement.Load(stream);
    }

    private static string? Meta(XElement nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmsCx.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("SmsCx.slnx not found above the test directory.");
    }

    // Build output and results of earlier runs stay behind: the copy is what a clean clone holds.
    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
        {
            if (Path.GetFileName(dir) is not ("bin" or "obj" or "TestResults"))
                CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPattern();
}
