using System.Globalization;
using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Scores every responsible organ of a notice by the notice's rubric (绩效考核), from what
/// the platform recorded: reports, their dates and evidence, and the lead units' sign-offs; and, for
/// the overview indicators the rubric uses (<see cref="TaskAssessmentCriterion"/>), from what the
/// platform itself knows about the organ in the notice's year.</summary>
public sealed class TaskAssessmentService(GongkaiDbContext db, AuditTrail audit, TimeProvider clock, TaskTrackingService tracking, ComplianceOverview overview)
{
    public async Task<TaskAssessmentRubric> RubricAsync(int noticeId, CancellationToken ct) =>
        await db.Set<TaskAssessmentRubric>().AsNoTracking().FirstOrDefaultAsync(r => r.NoticeId == noticeId, ct)
        ?? new TaskAssessmentRubric { NoticeId = noticeId };

    /// <summary>The notice's fact-based criteria: indicator key → points.</summary>
    public async Task<Dictionary<string, decimal>> IndicatorPointsAsync(int noticeId, CancellationToken ct) =>
        await db.Set<TaskAssessmentCriterion>().AsNoTracking().Where(c => c.NoticeId == noticeId).ToDictionaryAsync(c => c.IndicatorKey, c => c.Points, ct);

    public async Task<string?> SaveRubricAsync(int noticeId, AssessmentWeights weights, CancellationToken ct, IReadOnlyDictionary<string, decimal>? indicatorPoints = null)
    {
        var error = weights.Check();
        if (error is not null)
        {
            return error;
        }

        var wanted = (indicatorPoints ?? new Dictionary<string, decimal>()).Where(p => p.Value != 0).ToDictionary(p => p.Key, p => p.Value);
        var names = overview.Columns.ToDictionary(c => c.Key, c => c.Name);
        if (wanted.Keys.FirstOrDefault(k => !names.ContainsKey(k)) is { } unknown)
        {
            return $"未知的指标“{unknown}”。";
        }

        if (wanted.FirstOrDefault(p => p.Value < 0) is { Key: not null } negative)
        {
            return $"指标“{names[negative.Key]}”的分值不能为负数。";
        }

        if (weights.Total + wanted.Values.Sum() > 1000)
        {
            return "各项分值（含平台数据指标）之和不能超过 1000。";
        }

        var criteria = await db.Set<TaskAssessmentCriterion>().Where(c => c.NoticeId == noticeId).ToListAsync(ct);
        var criteriaBefore = criteria.OrderBy(c => c.IndicatorKey, StringComparer.Ordinal).ToDictionary(c => c.IndicatorKey, c => c.Points);
        foreach (var c in criteria.Where(c => !wanted.ContainsKey(c.IndicatorKey)))
        {
            db.Remove(c);
        }

        foreach (var (key, points) in wanted)
        {
            if (criteria.FirstOrDefault(c => c.IndicatorKey == key) is { } row)
            {
                row.Points = points;
            }
            else
            {
                db.Add(new TaskAssessmentCriterion { NoticeId = noticeId, IndicatorKey = key, Points = points });
            }
        }

        var rubric = await db.Set<TaskAssessmentRubric>().FirstOrDefaultAsync(r => r.NoticeId == noticeId, ct);
        var before = rubric is null ? null : new { rubric.DoneOnTimePoints, rubric.ReportsFiledPoints, rubric.EvidencePoints };
        if (rubric is null)
        {
            rubric = new TaskAssessmentRubric { NoticeId = noticeId };
            db.Add(rubric);
        }

        rubric.DoneOnTimePoints = weights.DoneOnTime;
        rubric.ReportsFiledPoints = weights.ReportsFiled;
        rubric.EvidencePoints = weights.Evidence;
        rubric.UpdatedAt = clock.GetUtcNow();
        audit.Record(TaskDivisionEvents.RubricChanged, targetType: nameof(TaskNotice), targetId: noticeId.ToString(CultureInfo.InvariantCulture),
            before: before is null ? null : new { before.DoneOnTimePoints, before.ReportsFiledPoints, before.EvidencePoints, indicators = criteriaBefore },
            after: new { rubric.DoneOnTimePoints, rubric.ReportsFiledPoints, rubric.EvidencePoints, indicators = wanted.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary() });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<List<OrganAssessment>> ScoresAsync(int noticeId, CancellationToken ct)
    {
        var rubric = await RubricAsync(noticeId, ct);
        var weights = new AssessmentWeights(rubric.DoneOnTimePoints, rubric.ReportsFiledPoints, rubric.EvidencePoints);
        var today = tracking.Today;
        var measures = await db.Set<TaskMeasure>().AsNoTracking().Include(m => m.Assignments).Where(m => m.NoticeId == noticeId).ToListAsync(ct);
        var year = await db.Set<TaskNotice>().Where(n => n.Id == noticeId).Select(n => n.Year).FirstOrDefaultAsync(ct);
        var reports = await db.Set<TaskProgressReport>().AsNoTracking()
            .Where(r => db.Set<TaskMeasure>().Any(m => m.Id == r.MeasureId && m.NoticeId == noticeId)).ToListAsync(ct);
        var organIds = measures.SelectMany(m => m.Assignments).Where(a => a.Role == TaskAssignmentRole.Responsible).Select(a => a.OrganizationId).Distinct().ToList();
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => organIds.Contains(o.Id)).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        var facts = await IndicatorScoresAsync(noticeId, year, organIds, ct);

        return organs.Select(o =>
        {
            var own = measures.Where(m => m.Assignments.Any(a => a.OrganizationId == o.Id && a.Role == TaskAssignmentRole.Responsible)).ToList();
            var ownReports = reports.Where(r => r.OrganizationId == o.Id).ToList();
            int doneOnTime = 0, owed = 0, filed = 0;
            foreach (var m in own)
            {
                var onMeasure = ownReports.Where(r => r.MeasureId == m.Id).ToList();
                var signedOn = m.SignedOffAt is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : (DateOnly?)null;
                if (signedOn <= m.DueDate || onMeasure.Any(r => r.Status == TaskProgressStatus.Done && r.ReportedOn <= m.DueDate))
                {
                    doneOnTime++;
                }

                if (Recurrence(m) is { } period)
                {
                    var slots = ReportSlots.Owed(period, year, today);
                    owed += slots.Count;
                    filed += slots.Count(s => onMeasure.Any(r => r.ReportedOn >= s.Start && r.ReportedOn <= s.End));
                }
                else if (m.DueDate < today)
                {
                    owed++;
                    filed += onMeasure.Any(r => r.ReportedOn <= m.DueDate) ? 1 : 0;
                }
            }

            var taskFacts = new OrganTaskFacts(own.Count, doneOnTime, owed, filed, ownReports.Count, ownReports.Count(r => r.Evidence.Length > 0));
            return new OrganAssessment(o.Id, o.ShortName, taskFacts, AssessmentScorer.Score(weights, taskFacts), facts.GetValueOrDefault(o.Id) ?? []);
        }).ToList();
    }

    /// <summary>The fact-based criteria per organ: the overview of the notice's year for these organs,
    /// one column per criterion, each earning its points by the finding's level.</summary>
    private async Task<Dictionary<int, IReadOnlyList<IndicatorScore>>> IndicatorScoresAsync(int noticeId, int year, IReadOnlyCollection<int> organIds, CancellationToken ct)
    {
        var points = await IndicatorPointsAsync(noticeId, ct);
        var columns = overview.Columns.Where(c => points.ContainsKey(c.Key)).ToList();
        if (columns.Count == 0 || organIds.Count == 0)
        {
            return [];
        }

        var matrix = await overview.ComputeAsync(year, organIds.ToHashSet(), ct: ct);
        return matrix.Rows.ToDictionary(r => r.OrganizationId, r => (IReadOnlyList<IndicatorScore>)columns.Select(c =>
        {
            var finding = r.Findings[c.Key];
            var share = finding.Level switch
            {
                ComplianceLevel.Ok => IndicatorScorer.Clear,
                ComplianceLevel.Warning => IndicatorScorer.Warning,
                _ => IndicatorScorer.Behind,
            };
            return new IndicatorScore(c.Key, c.Name, finding, IndicatorScorer.Score(points[c.Key], share));
        }).ToList());
    }

    public static byte[] Excel(IEnumerable<OrganAssessment> rows)
    {
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["机关"] = r.Organ,
            ["承担举措"] = r.Facts.Measures,
            ["按期完成"] = r.Facts.DoneOnTime,
            ["应报"] = r.Facts.ReportsOwed,
            ["已报"] = r.Facts.ReportsOwedFiled,
            ["填报次数"] = r.Facts.Reports,
            ["附佐证"] = r.Facts.ReportsWithEvidence,
            ["按期完成得分"] = r.Score.DoneOnTime,
            ["按时填报得分"] = r.Score.ReportsFiled,
            ["佐证材料得分"] = r.Score.Evidence,
        }.Concat(r.Indicators.Select(i => KeyValuePair.Create(i.Name + "得分", (object?)i.Points)))
            .Append(KeyValuePair.Create("总分", (object?)r.Total)).ToDictionary()).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "考核得分");
        return stream.ToArray();
    }

    /// <summary>The recurrence of a measure's duty, from its stored deadline codes (recurring:Month);
    /// a standing duty (ongoing:Quarter, 持续推进) reports at its period the same way.</summary>
    public static RecurrencePeriod? Recurrence(TaskMeasure m) =>
        m.DeadlineCodes.Split(' ').Where(c => c.StartsWith("recurring:", StringComparison.Ordinal) || c.StartsWith("ongoing:", StringComparison.Ordinal))
            .Select(c => Enum.TryParse<RecurrencePeriod>(c[(c.IndexOf(':', StringComparison.Ordinal) + 1)..], out var p) ? p : (RecurrencePeriod?)null)
            .FirstOrDefault(p => p is not null);
}
