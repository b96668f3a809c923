using System.Globalization;
using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Progress reports, lead-unit sign-off and the roll-up. Permission is checked here, not in
/// the pages, so the API and the UI obey the same rule: an organ reports only on measures it is
/// responsible for, and only the lead organ signs a measure off.</summary>
public sealed class TaskTrackingService(GongkaiDbContext db, TaskDivisionAccess access, StaffAccess staff, AuditTrail audit, TimeProvider clock)
{
    public const int MaxTextLength = 4000;

    public DateOnly Today => DateOnly.FromDateTime(ChinaTime.ToChina(clock.GetUtcNow()).DateTime);

    /// <summary>Files a report; returns null, or the Chinese reason it was refused (403 when <paramref name="forbidden"/>).</summary>
    public async Task<(string? Error, bool Forbidden)> ReportAsync(int measureId, TaskProgressInput input, CancellationToken ct)
    {
        if (!await access.MayReportAsync(measureId, input.OrganizationId, ct))
        {
            return ("只能为本机关承担（责任单位）的举措填报进展。", true);
        }

        var status = TaskProgressLabels.Parse(input.Status);
        if (status is null)
        {
            return ("请选择进展状态：未开始、推进中或已完成。", false);
        }

        var narrative = input.Narrative?.Trim() ?? "";
        if (narrative.Length == 0 || narrative.Length > MaxTextLength)
        {
            return ($"请填写进展情况（不超过 {MaxTextLength} 字）。", false);
        }

        var evidence = string.Join("\n", (input.Evidence ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        var badLink = evidence.Split('\n').FirstOrDefault(l => l.Length > 0 && !IsEvidenceLink(l));
        if (badLink is not null || evidence.Length > MaxTextLength)
        {
            return ($"佐证材料应为平台内信息或附件的链接（以 / 开头）或 http(s) 网址，每行一个：“{badLink}”不是。", false);
        }

        var reportedOn = input.ReportedOn ?? Today;
        if (reportedOn > Today)
        {
            return ("填报日期不能晚于今天。", false);
        }

        var report = new TaskProgressReport
        {
            MeasureId = measureId,
            OrganizationId = input.OrganizationId,
            Status = status.Value,
            Narrative = narrative,
            Evidence = evidence,
            ReportedOn = reportedOn,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = staff.UserId,
        };
        db.Add(report);
        audit.Record(TaskDivisionEvents.ProgressReported, targetType: nameof(TaskMeasure), targetId: measureId.ToString(CultureInfo.InvariantCulture),
            after: new { status = status.ToString(), narrative, evidence, reportedOn }, organizationId: input.OrganizationId);
        await db.SaveChangesAsync(ct);
        return (null, false);
    }

    public async Task<(string? Error, bool Forbidden)> SignOffAsync(int measureId, int organizationId, CancellationToken ct)
    {
        if (!await access.MaySignOffAsync(measureId, organizationId, ct))
        {
            return ("只有该举措的牵头单位可以确认完成。", true);
        }

        var measure = await db.Set<TaskMeasure>().FirstAsync(m => m.Id == measureId, ct);
        if (measure.SignedOffAt is not null)
        {
            return ("该举措已确认完成。", false);
        }

        measure.SignedOffAt = clock.GetUtcNow();
        measure.SignedOffBy = staff.UserId;
        audit.Record(TaskDivisionEvents.SignedOff, targetType: nameof(TaskMeasure), targetId: measureId.ToString(CultureInfo.InvariantCulture),
            after: new { measure.Path, signedOffAt = measure.SignedOffAt }, organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        return (null, false);
    }

    /// <summary>Each responsible organ's latest report on each measure of the notice.</summary>
    public async Task<Dictionary<(int MeasureId, int OrganizationId), TaskProgressReport>> LatestReportsAsync(int noticeId, CancellationToken ct)
    {
        var reports = await db.Set<TaskProgressReport>().AsNoTracking()
            .Where(r => db.Set<TaskMeasure>().Any(m => m.Id == r.MeasureId && m.NoticeId == noticeId))
            .ToListAsync(ct);
        return reports.GroupBy(r => (r.MeasureId, r.OrganizationId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ReportedOn).ThenByDescending(r => r.Id).First());
    }

    public async Task<(List<TaskMeasure> Measures, Dictionary<int, MeasureProgress> Progress, ProgressNode Tree)> TreeAsync(int noticeId, CancellationToken ct)
    {
        var measures = await db.Set<TaskMeasure>().AsNoTracking().Include(m => m.Assignments)
            .Where(m => m.NoticeId == noticeId).OrderBy(m => m.KeyTaskNumber).ThenBy(m => m.SubTaskNumber).ThenBy(m => m.Number).ToListAsync(ct);
        var latest = await LatestReportsAsync(noticeId, ct);
        var progress = measures.ToDictionary(m => m.Id, m => ProgressOf(m, latest));
        return (measures, progress, ProgressRollup.Build(progress.Values.ToList(), Today));
    }

    public static MeasureProgress ProgressOf(TaskMeasure m, IReadOnlyDictionary<(int, int), TaskProgressReport> latest)
    {
        var organs = m.Assignments.Where(a => a.Role == TaskAssignmentRole.Responsible).Select(a => a.OrganizationId).ToList();
        var statuses = organs.Select(o => latest.TryGetValue((m.Id, o), out var r) ? r.Status : TaskProgressStatus.NotStarted).ToList();
        var done = statuses.Count(s => s == TaskProgressStatus.Done);
        var weight = ProgressRollup.StatusWeight(done, statuses.Count(s => s == TaskProgressStatus.InProgress), organs.Count);
        // Done means signed off by the lead unit; until then all-done reports only fill the bar.
        var finished = m.SignedOffAt is not null;
        return new MeasureProgress(m.KeyTaskNumber, m.SubTaskNumber, m.Number, finished ? 1 : weight, finished, m.DueDate);
    }

    private static bool IsEvidenceLink(string line) =>
        (line.StartsWith('/') && !line.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(line, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
