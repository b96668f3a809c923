namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>A 清理: opened by an organ, its documents marked one by one, published as one result list.</summary>
public sealed class NormativeCleanup
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The date the results take effect; set when published.</summary>
    public DateOnly? EffectiveOn { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public List<NormativeCleanupItem> Items { get; set; } = [];
}
