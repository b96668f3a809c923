using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using DocumentNumber = Gongkai.Domain.NormativeDocuments.DocumentNumber;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>A normative document's 发文字号 lives in its <see cref="NormativeDocument"/> too (parsed,
/// unique per organ and year), so it is changed only on /admin/normative/{id}, which updates both.</summary>
public sealed class NormativeNumberKeeper(GongkaiDbContext db) : IDocumentNumberKeeper
{
    public async Task<string?> EditUrlAsync(int publicationId, CancellationToken ct = default)
    {
        var id = await db.Set<NormativeDocument>().Where(d => d.PublicationId == publicationId).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        return id is { } documentId ? $"/admin/normative/{documentId}" : null;
    }

    public bool SameNumber(string? kept, string proposed) =>
        DocumentNumber.TryParse(proposed, out var number, out _) && number!.ToString() == kept;
}
