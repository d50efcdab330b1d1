namespace SmsCx.Receiver.Storage;

/// <summary>Kinds of inbox rows: side effects the worker applies after the webhook was answered.</summary>
internal static class InboxKinds
{
    /// <summary>Classify a reply and act on it; <c>ref</c> is the reply's msgId.</summary>
    public const string Reply = "reply";

    /// <summary>Link a click to the message it came from; <c>ref</c> is the hitId.</summary>
    public const string Click = "click";

    /// <summary>Add the number to the opt-outs; <c>ref</c> is the hitId.</summary>
    public const string Optout = "optout";
}
