using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Compliance;

/// <summary>The shape most indicators share: count the rows that are behind per organ in one grouped
/// query, then give each organ of the overview with a count a red finding.</summary>
public static class ComplianceFindings
{
    /// <summary>How many rows each organ has (<c>GROUP BY</c> <paramref name="organ"/>); organs without
    /// rows are absent.</summary>
    public static async Task<Dictionary<int, int>> CountPerOrganAsync<T>(this IQueryable<T> rows, Expression<Func<T, int>> organ, CancellationToken ct) =>
        await rows.GroupBy(organ).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>A red finding for each organ of <paramref name="query"/> with a positive count:
    /// <paramref name="detail"/> from the count, <paramref name="evidenceUrl"/> from the organ.</summary>
    public static IReadOnlyDictionary<int, ComplianceFinding> Behind(IReadOnlyDictionary<int, int> counts, ComplianceQuery query,
        Func<int, string> detail, Func<int, string?> evidenceUrl) =>
        query.OrganizationIds.Where(id => counts.GetValueOrDefault(id) > 0).ToDictionary(id => id,
            id => new ComplianceFinding(counts[id], ComplianceLevel.Behind, detail(counts[id]), evidenceUrl(id)));
}
