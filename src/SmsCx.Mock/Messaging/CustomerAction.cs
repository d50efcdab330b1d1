namespace SmsCx.Mock.Messaging;

/// <summary>A customer action planned to follow delivery.</summary>
/// <param name="Kind">What the customer does.</param>
/// <param name="Text">Reply text for <see cref="CustomerActionKind.Reply"/>; ignored otherwise.</param>
public sealed record CustomerAction(CustomerActionKind Kind, string? Text = null);
