using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary><see cref="FromDocumentId"/> amends / repeals / replaces <see cref="ToDocumentId"/>.</summary>
public sealed class NormativeRelation
{
    public int Id { get; set; }

    public int FromDocumentId { get; set; }

    public int ToDocumentId { get; set; }

    public RelationKind Kind { get; set; }
}
