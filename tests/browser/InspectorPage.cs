using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace SmsCx.Browser.Tests;

/// <summary>
/// The inspector as a test sees it in the browser. Every wait polls the page until its condition holds and fails,
/// naming what it waited for, after <see cref="Patience"/>; none sleeps a fixed time.
/// </summary>
internal sealed class InspectorPage(IWebDriver driver, Uri mockUrl)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public IWebDriver Driver { get; } = driver;

    public Uri Url { get; } = new(mockUrl, "_mock/inspector/");

    public void Open() => Driver.Navigate().GoToUrl(Url);

    public T WaitFor<T>(Func<IWebDriver, T?> condition, string what)
    {
        var wait = new WebDriverWait(Driver, Patience) { PollingInterval = TimeSpan.FromMilliseconds(100), Message = what };
        // The page replaces its rows when the state changes, so an element found a moment ago may be gone.
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(d => condition(d) is { } value && !Equals(value, false) ? value : default)!;
    }

    public void WaitUntilLive() =>
        WaitFor(d => d.FindElement(By.Id("connection")).GetAttribute("data-state") == "live", "the page to poll the mock");

    public IWebElement Row(string msgId) => Driver.FindElement(By.CssSelector($"#messages tr[data-msg-id='{msgId}']"));

    public string WaitForRowStatus(string msgId, string status) =>
        WaitFor(_ => Row(msgId).FindElement(By.ClassName("badge")).Text is var text && text == status ? text : null,
            $"message {msgId} to show {status}");

    public void Select(string msgId)
    {
        WaitFor(_ => Row(msgId), $"message {msgId} in the list").Click();
        WaitFor(d => d.FindElement(By.Id("detail-id")).Text == msgId, $"message {msgId} to be shown in detail");
    }

    public void WaitForDetailWebhook(string eventName) =>
        WaitFor(d => d.FindElements(By.CssSelector($"#detail-journal tr[data-event='{eventName}']")).Count > 0,
            $"a {eventName} attempt among the selected message's webhooks");

    public string WaitForResult(string kind) =>
        WaitFor(d => d.FindElement(By.Id("action-result")) is var result && result.Displayed
            && result.GetAttribute("data-kind") == kind ? result.Text : null, $"an action result of kind {kind}");

    public object? Script(string script) => ((IJavaScriptExecutor)Driver).ExecuteScript(script);
}
