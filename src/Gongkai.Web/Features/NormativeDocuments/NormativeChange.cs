using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>One lifecycle act (修改, 废止, 宣布失效) on a document, effective on <see cref="On"/>;
/// <see cref="CauseDocumentId"/> is the document that made it, <see cref="CleanupId"/> the 清理 that did.</summary>
public sealed class NormativeChange
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public NormativeValidity To { get; set; }

    public DateOnly On { get; set; }

    public int? CauseDocumentId { get; set; }

    public int? CleanupId { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedBy { get; set; }
}
