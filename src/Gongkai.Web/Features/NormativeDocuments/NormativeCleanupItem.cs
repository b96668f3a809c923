using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.NormativeDocuments;

public sealed class NormativeCleanupItem
{
    public int Id { get; set; }

    public int CleanupId { get; set; }

    public int DocumentId { get; set; }

    public CleanupDecision? Decision { get; set; }
}
