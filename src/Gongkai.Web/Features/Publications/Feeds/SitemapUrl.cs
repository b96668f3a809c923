namespace Gongkai.Web.Features.Publications.Feeds;

/// <summary>One &lt;url&gt; of the sitemap: a path and, for items, when it last changed.</summary>
public sealed record SitemapUrl(string Path, DateTimeOffset? LastModified);
