namespace Gongkai.Web.Features.Search;

/// <summary>One entry of the change feed: "item <see cref="ItemId"/> of <see cref="SourceKind"/>
/// changed; index it again from the database". Written in the same SaveChanges as the change
/// itself (<see cref="SearchChangeInterceptor"/>); every node tails the feed into its own index.</summary>
public sealed class SearchChange
{
    public long Id { get; set; }

    public required string SourceKind { get; set; }

    public int ItemId { get; set; }

    public DateTimeOffset At { get; set; }
}
