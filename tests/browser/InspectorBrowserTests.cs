using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using SmsCx.Browser.Tests.Png;
using SmsCx.Mock;
using SmsCx.Mock.Hosting;

namespace SmsCx.Browser.Tests;

/// <summary>
/// The inspector in headless Chromium against an in-process mock on loopback, on the real clock with short delays so
/// a message is delivered within about a second. Assertions wait by polling; none asserts how long anything took.
/// </summary>
[TestFixture]
public sealed class InspectorBrowserTests
{
    private const string ApiKey = "test_key";
    private const string Customer = "+4915112345678";

    // The --delivered colour of inspector.css: the screenshot must show it where the DELIVERED badges are.
    private static readonly (byte R, byte G, byte B) s_deliveredColour = (0x1a, 0x7f, 0x37);

    private WebhookReceiver? _receiver;
    private SmsCxMockServer? _mock;
    private IWebDriver? _driver;
    private HttpClient? _client;

    [TearDown]
    public async Task TearDownAsync()
    {
        // Quit ends chromedriver and the browser it started; the servers go after it.
        _driver?.Quit();
        _driver?.Dispose();
        _client?.Dispose();
        if (_mock is not null)
            await _mock.DisposeAsync();
        if (_receiver is not null)
            await _receiver.DisposeAsync();
    }

    [Test, CancelAfter(90_000)]
    public async Task Inspector_MessageSent_AppearsWithoutReloadAndTurnsDelivered(CancellationToken ct)
    {
        var page = await StartAsync(adminKey: null, ct);
        page.Open();
        page.WaitUntilLive();
        page.Script("window.notReloaded = true;");

        var msgId = await SendAsync("Your table is booked <b>for 8</b> <img src=x onerror=alert(1)>", ct);
        page.WaitForRowStatus(msgId, "DELIVERED");
        page.Select(msgId);
        page.WaitForDetailWebhook("dlr_update");

        Assert.That(page.Script("return window.notReloaded === true;"), Is.True, "the page updated itself, not by reload");
        var textCell = page.Row(msgId).FindElement(By.ClassName("text"));
        Assert.That(textCell.Text, Is.EqualTo("Your table is booked <b>for 8</b> <img src=x onerror=alert(1)>"));
        Assert.That(textCell.FindElements(By.CssSelector("b, img")), Is.Empty, "message text is shown as text, never as HTML");
        Assert.That(page.Driver.FindElements(By.CssSelector("#timeline .badge")).Select(b => b.Text),
            Is.EqualTo(new[] { "ACCEPTED", "SENT", "DELIVERED" }));
        Assert.That(page.Driver.FindElements(By.CssSelector("#journal tr[data-event='dlr_update']")), Is.Not.Empty);
        Assert.That(LoadedResources(page), Is.All.StartsWith(_mock!.Url.GetLeftPart(UriPartial.Authority) + "/"),
            "the page loads nothing from anywhere but the mock");
        CheckScreenshot(page);
    }

    [Test, CancelAfter(90_000)]
    public async Task Inspector_ReplyClickOptOut_ReachTheMockAndShowOnThePage(CancellationToken ct)
    {
        var (page, msgId) = await OpenOnASentMessageAsync("Reply YES to confirm", ct);

        var replyText = page.Driver.FindElement(By.Id("reply-text"));
        Assert.That(replyText.GetAttribute("value"), Is.EqualTo("YES"));
        replyText.Clear();
        replyText.SendKeys("Yes please");
        page.Driver.FindElement(By.Id("reply")).Click();
        var replied = page.WaitForResult("ok");
        page.WaitForDetailWebhook("receive_sms");
        page.Driver.FindElement(By.Id("click")).Click();
        page.WaitForDetailWebhook("shortlink_hit");
        page.Driver.FindElement(By.Id("optout")).Click();
        page.WaitForDetailWebhook("new_optout");
        var optedOut = page.WaitForResult("ok");

        Assert.That(replied, Does.Contain("Yes please"));
        Assert.That(optedOut, Does.Contain("Opted out"));
        var journal = _mock!.Journal;
        Assert.That(journal.Find("receive_sms", msgId: msgId).Single().RequestBody, Does.Contain("\"Yes please\""));
        Assert.That(journal.Find("shortlink_hit", msgId: msgId), Has.Count.EqualTo(1));
        Assert.That(journal.Find("new_optout", msgId: msgId), Has.Count.EqualTo(1));
        Assert.That(_mock.Engine.Optouts.Contains(Customer), Is.True);
    }

    [Test, CancelAfter(90_000)]
    public async Task Inspector_ReplyTheMockRefuses_ShowsTheProblemDetail(CancellationToken ct)
    {
        var (page, msgId) = await OpenOnASentMessageAsync("Hello", ct);

        page.Driver.FindElement(By.Id("reply-text")).Clear();
        page.Driver.FindElement(By.Id("reply")).Click();
        var error = page.WaitForResult("error");

        Assert.That(error, Does.StartWith("400").And.Contain("Give the reply as"));
        Assert.That(_mock!.Journal.Find("receive_sms"), Is.Empty);
    }

    [Test, CancelAfter(90_000)]
    public async Task Inspector_SelectedMessage_IsInTheLinkAndALinkOpensIt(CancellationToken ct)
    {
        var page = await StartAsync(adminKey: null, ct);
        var first = await SendAsync("First", ct);
        var second = await SendAsync("Second", ct);
        page.Open();
        page.WaitUntilLive();

        page.Select(first);
        var link = page.Driver.Url;
        page.Driver.Navigate().GoToUrl(new Uri(page.Url, $"#{second}"));
        page.Driver.Navigate().Refresh();
        page.WaitFor(d => d.FindElement(By.Id("detail-id")).Text == second, "the linked message to be shown after a reload");

        Assert.That(link, Does.EndWith($"#{first}"));
        Assert.That(page.Row(second).GetAttribute("aria-selected"), Is.EqualTo("true"));
    }

    [Test, CancelAfter(90_000)]
    public async Task Inspector_AdminKeySet_AsksForTheKeyAndWorksOnceGiven(CancellationToken ct)
    {
        var page = await StartAsync(adminKey: "desk-key", ct);
        var msgId = await SendAsync("Hello", ct);
        page.Open();
        page.WaitFor(d => d.FindElement(By.Id("key-panel")).Displayed, "the page to ask for the admin key");

        EnterKey(page, "wrong-key");
        var refusal = page.WaitFor(d => d.FindElement(By.Id("key-reason")) is var r && r.Text.Contains("did not accept",
            StringComparison.Ordinal) ? r.Text : null, "the page to say the key was refused");
        EnterKey(page, "desk-key");
        page.Select(msgId);
        page.Driver.FindElement(By.Id("click")).Click();
        page.WaitForResult("ok");
        page.WaitForDetailWebhook("shortlink_hit");

        Assert.That(refusal, Does.Contain("401"));
        Assert.That(page.Driver.FindElement(By.Id("key-panel")).Displayed, Is.False);
        Assert.That(page.Script("return sessionStorage.getItem('smscx.inspector.adminKey');"), Is.EqualTo("desk-key"));
        Assert.That(_mock!.Journal.Find("shortlink_hit", msgId: msgId), Has.Count.EqualTo(1), "the click reached the mock");
    }

    private async Task<InspectorPage> StartAsync(string? adminKey, CancellationToken ct)
    {
        _receiver = await WebhookReceiver.StartAsync(ct);
        var options = new MockOptions
        {
            WebhookUrl = _receiver.Url,
            AdminKey = adminKey,
            SentDelay = TimeSpan.FromMilliseconds(200),
            DeliveryDelay = TimeSpan.FromMilliseconds(300),
            Seed = 7,
        };
        options.Webhooks.BatchWindow = TimeSpan.FromMilliseconds(100);
        _mock = await SmsCxMockServer.StartAsync(options, cancellationToken: ct);
        _client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = _mock.Url };
        _client.DefaultRequestHeaders.Add("X-API-KEY", ApiKey);
        _driver = ChromiumBrowser.Start();
        return new InspectorPage(_driver, _mock.Url);
    }

    // A mock without an admin key, one message sent, the page open with that message selected.
    private async Task<(InspectorPage Page, string MsgId)> OpenOnASentMessageAsync(string text, CancellationToken ct)
    {
        var page = await StartAsync(adminKey: null, ct);
        var msgId = await SendAsync(text, ct);
        page.Open();
        page.Select(msgId);
        return (page, msgId);
    }

    private async Task<string> SendAsync(string text, CancellationToken ct)
    {
        using var response = await _client!.PostAsJsonAsync("sms", new { to = Customer, from = "AcmeShop", text }, ct);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return body.RootElement.GetProperty("data")[0].GetProperty("msgId").GetString()!;
    }

    private static void EnterKey(InspectorPage page, string key)
    {
        var input = page.WaitFor(d => d.FindElement(By.Id("admin-key")) is { Displayed: true } i ? i : null, "the key field");
        input.SendKeys(key);
        page.Driver.FindElement(By.Id("key-submit")).Click();
    }

    private static IEnumerable<string> LoadedResources(InspectorPage page) =>
        ((IEnumerable<object>)page.Script(
            "return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)];")!)
        .Select(o => (string)o);

    // Saves the screenshot beside the test results, decodes it, and checks that the page really rendered: the size of
    // the viewport, many colours, and the DELIVERED badge's colour in a good number of pixels.
    private static void CheckScreenshot(InspectorPage page)
    {
        var badge = page.Script("return getComputedStyle(document.getElementById('detail-status')).backgroundColor;");
        var viewport = ((IEnumerable<object>)page.Script(
            "return [window.innerWidth, window.innerHeight, window.devicePixelRatio];")!).Select(Convert.ToDouble).ToList();
        var screenshot = ((ITakesScreenshot)page.Driver).GetScreenshot();
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots"));
        var path = Path.Combine(folder.FullName, $"{TestContext.CurrentContext.Test.MethodName}.png");
        screenshot.SaveAsFile(path);
        TestContext.AddTestAttachment(path, "The inspector with a delivered message selected");

        var image = PngDecoder.Decode(screenshot.AsByteArray);

        Assert.That(badge, Is.EqualTo($"rgb({s_deliveredColour.R}, {s_deliveredColour.G}, {s_deliveredColour.B})"));
        Assert.That((image.Width, image.Height),
            Is.EqualTo(((int)Math.Round(viewport[0] * viewport[2]), (int)Math.Round(viewport[1] * viewport[2]))),
            "the screenshot is the viewport");
        Assert.That(image.Colours().Distinct().Count(), Is.GreaterThan(100), "the page is not blank");
        var delivered = image.Colours().Count(c => Near(c, s_deliveredColour));
        // Three badges (list, detail, timeline) of about 80 x 20 pixels, less their text and rounded corners.
        Assert.That(delivered, Is.GreaterThan(600), "pixels in the DELIVERED badge colour");
    }

    // Within 2 per channel: colour management may shift a flat colour by a unit or so.
    private static bool Near(int colour, (byte R, byte G, byte B) expected) =>
        Math.Abs(((colour >> 16) & 0xFF) - expected.R) <= 2
        && Math.Abs(((colour >> 8) & 0xFF) - expected.G) <= 2
        && Math.Abs((colour & 0xFF) - expected.B) <= 2;
}
