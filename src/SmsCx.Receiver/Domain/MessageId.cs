namespace SmsCx.Receiver.Domain;

/// <summary>
/// Brings an SMS.CX message id to the one spelling the receiver stores and looks up: lower case, so a report that
/// spells a UUID in upper case is the same message as the send answer that spelled it in lower case.
/// </summary>
public static class MessageId
{
    /// <summary>Returns <paramref name="value"/> in lower case (invariant culture).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToLowerInvariant();
    }
}
