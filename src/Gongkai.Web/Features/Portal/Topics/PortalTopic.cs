using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Portal.Topics;

/// <summary>A 专题 the district office composes for the public (e.g. 六稳六保): an introduction, the
/// newest items of chosen columns across all organs, and saved searches. Public at /zt/{slug}.</summary>
public sealed class PortalTopic
{
    public int Id { get; set; }

    /// <summary>Lower-case letters, digits and hyphens; appears in the public URL and never changes.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? Intro { get; set; }

    /// <summary>Column keys (e.g. item-2, concern-response), one per line.</summary>
    public string ColumnKeys { get; set; } = "";

    /// <summary>Search terms, one per line.</summary>
    public string SearchTerms { get; set; } = "";

    /// <summary>Shown on the home page and at /zt/{slug}; a hidden topic is a 404.</summary>
    public bool IsPublished { get; set; }

    public int SortOrder { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public IReadOnlyList<string> ColumnKeyList => Lines(ColumnKeys);

    public IReadOnlyList<string> SearchTermList => Lines(SearchTerms);

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}

internal sealed class PortalTopicConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<PortalTopic>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<PortalTopic> b)
    {
        b.ToTable("PortalTopics");
        b.Property(t => t.Slug).HasMaxLength(60);
        b.Property(t => t.Title).HasMaxLength(100);
        b.Property(t => t.Intro).HasMaxLength(2000);
        b.Property(t => t.ColumnKeys).HasMaxLength(1000);
        b.Property(t => t.SearchTerms).HasMaxLength(1000);
        b.Property(t => t.UpdatedBy).HasMaxLength(100);
        b.HasIndex(t => t.Slug).IsUnique();
    }
}
