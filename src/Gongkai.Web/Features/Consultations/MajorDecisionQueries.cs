using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations;

public static class MajorDecisionQueries
{
    public sealed record Row(MajorDecision Decision, int? ConsultationId);

    /// <summary>An organ's catalogue (one year, or every year newest first), with the consultation of
    /// each item when one was opened.</summary>
    public static async Task<List<Row>> CatalogueAsync(GongkaiDbContext db, int organizationId, int? year, CancellationToken ct)
    {
        var decisions = await db.Set<MajorDecision>().AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && (year == null || d.Year == year))
            .OrderByDescending(d => d.Year).ThenBy(d => d.Id).Take(1000).ToListAsync(ct);
        var ids = decisions.Select(d => d.Id).ToList();
        var consultations = await db.Set<Consultation>().AsNoTracking().Where(c => c.MajorDecisionId != null && ids.Contains(c.MajorDecisionId.Value))
            .Select(c => new { c.Id, c.MajorDecisionId }).ToListAsync(ct);
        var byDecision = consultations.GroupBy(c => c.MajorDecisionId!.Value).ToDictionary(g => g.Key, g => g.Max(c => c.Id));
        return decisions.Select(d => new Row(d, byDecision.TryGetValue(d.Id, out var c) ? c : null)).ToList();
    }
}
