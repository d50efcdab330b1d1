using SmsCx.Contracts;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// Recipient numbers whose last six digits are <c>9999</c> followed by a two-digit code choose the outcome of a
/// message, the way payment sandboxes use magic card numbers. Any other valid number is delivered.
/// Example: <c>+4915100999910</c> fails with error code 1. The table is documented in the README.
/// </summary>
public static class MagicNumbers
{
    /// <summary>The digits that mark a magic number, just before its two-digit code.</summary>
    public const string Marker = "9999";

    private static readonly TimeSpan s_late = TimeSpan.FromMinutes(10);

    /// <summary>Every magic code with its plan, for documentation and the admin API.</summary>
    public static IReadOnlyDictionary<string, OutcomePlan> Table { get; } = new Dictionary<string, OutcomePlan>
    {
        ["00"] = OutcomePlan.Delivered,
        ["01"] = OutcomePlan.Delivered with { Name = "delivered-late", FinalDelay = s_late },
        ["02"] = new() { Name = "sent-never-delivered", Final = null },
        ["03"] = new() { Name = "never-reported", ReportSent = false, Final = null },
        ["10"] = Failed(1, "undeliverable"),
        ["11"] = Failed(2, "absent-subscriber"),
        ["12"] = Failed(3, "unknown-subscriber"),
        ["13"] = Failed(4, "barred"),
        ["14"] = Failed(5, "network-error"),
        ["15"] = Failed(6, "expired"),
        ["20"] = new() { Name = "rejected", Disposition = SendDisposition.Reject, Final = null, ReportSent = false },
        ["21"] = new() { Name = "no-coverage", Disposition = SendDisposition.NoCoverage, Final = null, ReportSent = false },
        ["30"] = Then("replies-yes", new CustomerAction(CustomerActionKind.Reply, "YES")),
        ["31"] = Then("replies-no", new CustomerAction(CustomerActionKind.Reply, "NO")),
        ["32"] = Then("replies-stop", new CustomerAction(CustomerActionKind.Reply, "STOP")),
        ["40"] = Then("clicks-link", new CustomerAction(CustomerActionKind.Click)),
        ["41"] = Then("opts-out-by-link", new CustomerAction(CustomerActionKind.OptOut)),
    };

    /// <summary>
    /// Returns the plan a magic E.164 number selects, or <see langword="null"/> for an ordinary number
    /// (including a number with the marker but an unknown code).
    /// </summary>
    public static OutcomePlan? PlanFor(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        if (e164.Length < 8 || !e164.AsSpan(e164.Length - 6, 4).SequenceEqual(Marker))
            return null;

        return Table.GetValueOrDefault(e164[^2..]);
    }

    private static OutcomePlan Failed(int errorCode, string name) =>
        new() { Name = "failed-" + name, Final = MessageStatus.Failed, ErrorCode = errorCode };

    private static OutcomePlan Then(string name, CustomerAction action) =>
        OutcomePlan.Delivered with { Name = name, Then = action };
}
