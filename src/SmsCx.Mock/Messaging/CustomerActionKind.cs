namespace SmsCx.Mock.Messaging;

/// <summary>Things a simulated customer does after receiving a message.</summary>
public enum CustomerActionKind
{
    /// <summary>Sends an SMS back (<c>receive_sms</c>).</summary>
    Reply,

    /// <summary>Opens the message's short link (<c>shortlink_hit</c>).</summary>
    Click,

    /// <summary>Opens the opt-out link (<c>new_optout</c>) and joins the opt-out list.</summary>
    OptOut,
}
