namespace Gongkai.Web.Features.NormativeDocuments;

public sealed class CompilationItem
{
    public int Id { get; set; }

    public int CompilationId { get; set; }

    public int DocumentId { get; set; }

    public int SortOrder { get; set; }
}
