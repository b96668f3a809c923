namespace Gongkai.Web.Features.Publications.Feeds;

/// <summary>One public item as a feed shows it; <see cref="Url"/> is absolute.</summary>
public sealed record FeedEntry(string Title, string Url, string? Summary, string? IndexNumber, DateTimeOffset Published, DateTimeOffset Updated);
