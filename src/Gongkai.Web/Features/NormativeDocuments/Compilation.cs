namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>文件汇编: a published collection of an organ's normative documents, in order.</summary>
public sealed class Compilation
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public List<CompilationItem> Items { get; set; } = [];
}
