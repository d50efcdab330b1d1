namespace SmsCx.Receiver.Api;

/// <summary>Answer of <c>GET /rejected</c>: the newest set-aside items (at most 500), oldest first.</summary>
public sealed record RejectedList(int Total, IReadOnlyList<RejectedView> Data);
