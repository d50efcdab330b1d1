namespace SmsCx.Receiver.Api;

/// <summary>Answer of <c>GET /optouts</c>: every opted-out number, oldest first.</summary>
public sealed record OptoutList(int Total, IReadOnlyList<OptoutView> Data);
