namespace SmsCx.Receiver.Domain;

/// <summary>Wire names of <see cref="ReplyIntent"/> values in the query API: <c>yes</c>, <c>no</c>, <c>opt-out</c>, <c>unknown</c>.</summary>
public static class IntentNames
{
    /// <summary>Returns the wire name of <paramref name="intent"/>.</summary>
    public static string Of(ReplyIntent intent) => intent switch
    {
        ReplyIntent.Yes => "yes",
        ReplyIntent.No => "no",
        ReplyIntent.OptOut => "opt-out",
        _ => "unknown",
    };
}
