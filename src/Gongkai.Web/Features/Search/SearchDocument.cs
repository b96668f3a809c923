namespace Gongkai.Web.Features.Search;

/// <summary>What a source hands to the index for one public item: the text to find it by and the
/// values to show, filter and facet on. Text is plain (no HTML).</summary>
public sealed class SearchDocument
{
    public required string Kind { get; init; }

    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string Url { get; init; }

    public string Body { get; init; } = string.Empty;

    /// <summary>Text extracted from attachments, one entry per file.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>Names that, typed exactly, put this item at the top (an organ's names, a 发文字号).</summary>
    public IReadOnlyList<string> ExactNames { get; init; } = [];

    public int? OrganizationId { get; init; }

    public string? OrganizationName { get; init; }

    /// <summary>Column (栏目) or item type, for the category facet.</summary>
    public string? Category { get; init; }

    public string? Topic { get; init; }

    public string? Genre { get; init; }

    public string? Validity { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Not shown before this moment (scheduled publication); null when public now.</summary>
    public DateTimeOffset? VisibleFrom { get; init; }

    public string? DocumentNumber { get; init; }

    public string? IndexNumber { get; init; }
}
