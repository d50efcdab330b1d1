namespace SmsCx.Receiver.Api;

/// <summary>Short-link clicks, people and bots (crawlers, link previews) counted apart.</summary>
public sealed record ClickCounts(long Human, long Bots);
