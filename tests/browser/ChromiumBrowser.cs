using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace SmsCx.Browser.Tests;

/// <summary>
/// Headless Chromium from Debian's packages, driven by Debian's chromedriver. Both paths are given explicitly, so
/// Selenium never looks for (or downloads) a browser or driver of its own. Without the packages a test is skipped,
/// saying how to install them; under CI (<c>CI</c> set) it fails instead, as .ci/run installs them.
/// </summary>
internal static class ChromiumBrowser
{
    public const string BrowserPath = "/usr/bin/chromium";
    public const string DriverFolder = "/usr/bin";
    public const string DriverName = "chromedriver";
    public const int WindowWidth = 1280, WindowHeight = 900;

    public static IWebDriver Start()
    {
        RequireInstalled();
        var service = ChromeDriverService.CreateDefaultService(DriverFolder, DriverName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = BrowserPath };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", $"--window-size={WindowWidth},{WindowHeight}",
            "--force-device-scale-factor=1", "--no-first-run", "--no-default-browser-check",
            // The browser talks to the loopback servers of the test and to nothing else: no background traffic,
            // no proxy, and every host but localhost and 127.0.0.1 fails to resolve.
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        try
        {
            return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    private static void RequireInstalled()
    {
        var driver = Path.Combine(DriverFolder, DriverName);
        if (File.Exists(BrowserPath) && File.Exists(driver))
            return;

        var message = $"{BrowserPath} or {driver} is missing: the browser tests need Debian's Chromium " +
            "(apt-get update && apt-get install -y chromium chromium-driver; .ci/run does this).";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail(message);
        Assert.Ignore(message);
    }
}
