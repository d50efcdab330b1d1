using System.CommandLine;
using System.Globalization;
using System.Net;

namespace SmsCx.Cli.Commands;

/// <summary>
/// Range and shape checks that run while the command line is parsed, so a value out of range is a usage error
/// (exit 2, one line naming the option and what it takes) rather than an exception from the server at start.
/// Each method adds a validator to the option and returns it.
/// </summary>
internal static class OptionChecks
{
    /// <summary>A TCP port: 0 (a free one) to 65535.</summary>
    public static Option<int> Port(this Option<int> option) => option.Check(
        value => value is >= 0 and <= 65_535, "must be 0 (a free port) to 65535");

    /// <summary>A rate from 0 to 1.</summary>
    public static Option<double> Rate(this Option<double> option) => option.Check(
        value => value is >= 0 and <= 1 && !double.IsNaN(value), "must be a rate from 0 to 1, e.g. 0.1");

    /// <summary>A whole number above zero, when given.</summary>
    public static Option<int?> Positive(this Option<int?> option) => option.Check(
        value => value is null or > 0, "must be a whole number above 0");

    /// <summary>An IP address (a host name is not enough: the server listens on exactly this address).</summary>
    public static Option<string> IpAddress(this Option<string> option) => option.Check(
        value => IPAddress.TryParse(value, out _), "must be an IP address, e.g. 127.0.0.1 or ::1");

    /// <summary><c>USER:PASSWORD</c>, both parts non-empty, when given.</summary>
    public static Option<string?> UserAndPassword(this Option<string?> option) => option.Check(
        value => value is null || (value.IndexOf(':', StringComparison.Ordinal) is var colon && colon > 0 && colon < value.Length - 1),
        "must be USER:PASSWORD with both parts non-empty");

    private static Option<T> Check<T>(this Option<T> option, Func<T, bool> valid, string rule)
    {
        option.Validators.Add(result =>
        {
            T value;
            try
            {
                value = result.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                return; // Not a value of the type at all: the parser reports that already.
            }

            if (!valid(value))
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} {rule} (was '{value}')."));
        });
        return option;
    }
}
