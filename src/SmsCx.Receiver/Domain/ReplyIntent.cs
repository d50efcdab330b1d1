namespace SmsCx.Receiver.Domain;

/// <summary>What a customer's reply asks for.</summary>
public enum ReplyIntent
{
    /// <summary>The reply is not one of the known keywords on its own; nothing is changed.</summary>
    Unknown,

    /// <summary>Confirms the latest reminded appointment.</summary>
    Yes,

    /// <summary>Cancels the latest reminded appointment.</summary>
    No,

    /// <summary>Opts the number out of further messages.</summary>
    OptOut,
}
