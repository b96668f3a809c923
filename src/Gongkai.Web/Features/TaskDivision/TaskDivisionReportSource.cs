using Gongkai.Web.Data;
using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>The task division's part of the annual report: how many of the year's work-point
/// measures the organs lead or share, and how many were signed off (on time), for the draft of
/// section 六 (工作要点落实情况). It gives facts, not table cells: the template has no such table.</summary>
public sealed class TaskDivisionReportSource(GongkaiDbContext db) : IAnnualReportSource
{

    public string Name => "工作要点任务分工";

    public async Task ContributeAsync(AnnualReportQuery query, ReportFigures figures, CancellationToken ct)
    {
        var measures = from m in db.Set<TaskMeasure>()
                       join n in db.Set<TaskNotice>() on m.NoticeId equals n.Id
                       where n.Year == query.Year
                       select m;
        if (query.OrganizationIds is { } ids)
        {
            measures = measures.Where(m => m.Assignments.Any(a => ids.Contains(a.OrganizationId)));
        }

        var rows = await measures.AsNoTracking().Select(m => new { m.DueDate, m.SignedOffAt }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return;
        }

        figures.AddFact(WorkPointFacts.Measures, "本年工作要点承担任务（项）", rows.Count);
        figures.AddFact(WorkPointFacts.Done, "已完成（项）", rows.Count(r => r.SignedOffAt is not null));
        figures.AddFact(WorkPointFacts.OnTime, "按期完成（项）",
            rows.Count(r => r.SignedOffAt is { } at && DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) <= r.DueDate));
    }
}
