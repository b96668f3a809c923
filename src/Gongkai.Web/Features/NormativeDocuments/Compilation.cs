namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>文件汇编: a published collection of normative documents, in order. An organ's own, or
/// (<see cref="DistrictWide"/>) the district office's across every organ; then
/// <see cref="OrganizationId"/> is the district office that keeps it.</summary>
public sealed class Compilation
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>Assembled by the district office from every organ's published documents.</summary>
    public bool DistrictWide { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public List<CompilationItem> Items { get; set; } = [];
}
