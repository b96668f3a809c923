using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Measures of the year's notices an organ is responsible for that are past their due date
/// and neither signed off nor reported done by it; the detail says how many it never reported on.</summary>
public sealed class OverdueMeasuresIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "overdueMeasures";

    public string Name => "任务举措逾期";

    public int Order => 600;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var asOf = query.AsOf;
        var year = query.Year;
        var overdue = from a in db.Set<TaskAssignment>()
                      join m in db.Set<TaskMeasure>() on a.MeasureId equals m.Id
                      join n in db.Set<TaskNotice>() on m.NoticeId equals n.Id
                      where n.Year == year && a.Role == TaskAssignmentRole.Responsible && m.DueDate < asOf && m.SignedOffAt == null
                          && !db.Set<TaskProgressReport>().Any(r => r.MeasureId == m.Id && r.OrganizationId == a.OrganizationId
                              && r.Status == TaskProgressStatus.Done && r.ReportedOn <= asOf)
                      select new { a.OrganizationId, m.Id };
        var counts = await overdue.CountPerOrganAsync(x => x.OrganizationId, ct);
        var unreported = await overdue.Where(x => !db.Set<TaskProgressReport>().Any(r => r.MeasureId == x.Id && r.OrganizationId == x.OrganizationId))
            .CountPerOrganAsync(x => x.OrganizationId, ct);
        return query.OrganizationIds.Where(counts.ContainsKey).ToDictionary(id => id, id => new ComplianceFinding(counts[id], ComplianceLevel.Behind,
            $"{counts[id]} 项举措已过完成时限未完成，其中 {unreported.GetValueOrDefault(id)} 项从未填报进展", "/admin/tasks"));
    }
}

/// <summary>督办 the district office sent about the year's measures that the organ has not answered.</summary>
public sealed class OpenSupervisionsIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "openSupervisions";

    public string Name => "督办未回复";

    public int Order => 610;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var year = query.Year;
        var counts = await (from s in db.Set<TaskSupervision>()
                            join m in db.Set<TaskMeasure>() on s.MeasureId equals m.Id
                            join n in db.Set<TaskNotice>() on m.NoticeId equals n.Id
                            where n.Year == year && s.AnsweredAt == null
                            select s).CountPerOrganAsync(s => s.OrganizationId, ct);
        return ComplianceFindings.Behind(counts, query, count => $"{count} 条督办尚未回复", _ => "/admin/tasks");
    }
}
