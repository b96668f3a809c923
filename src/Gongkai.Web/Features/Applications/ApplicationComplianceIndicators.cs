using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>Open applications past their Art. 33 due date on the day judged (red), one grouped
/// query over the open-case index.</summary>
public sealed class OverdueApplicationsIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "overdueApplications";

    public string Name => "依申请逾期未答复";

    public int Order => 200;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var asOf = query.AsOf;
        var counts = await db.Set<DisclosureApplication>().AsNoTracking().Where(a => a.IsOpen && a.DueOn != null && a.DueOn < asOf)
            .CountPerOrganAsync(a => a.OrganizationId, ct);
        return ComplianceFindings.Behind(counts, query, count => $"{count} 件申请已超过答复期限仍未办结", organ => $"/admin/applications?org={organ}");
    }
}

/// <summary>Replies given in the year after the due date (Art. 33, with extensions and pauses as the
/// case clock counted them).</summary>
public sealed class LateRepliesIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "lateReplies";

    public string Name => "依申请超期答复";

    public int Order => 210;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var first = new DateOnly(query.Year, 1, 1);
        var last = query.AsOf;
        var counts = await db.Set<DisclosureApplication>().AsNoTracking()
            .Where(a => a.RepliedOn >= first && a.RepliedOn <= last && a.DueOn != null && a.RepliedOn > a.DueOn)
            .CountPerOrganAsync(a => a.OrganizationId, ct);
        return ComplianceFindings.Behind(counts, query, count => $"{query.Year}年有 {count} 件申请超过期限才答复", organ => $"/admin/applications?org={organ}&closed=true");
    }
}
