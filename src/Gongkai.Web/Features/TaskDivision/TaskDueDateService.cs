using System.Globalization;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A measure with no deadline is due at the end of the notice's year "unless edited": the
/// district office edits the due date here, with a reason; the measure remembers who edited it and
/// when, so a re-import of the notice keeps the edited date.</summary>
public sealed class TaskDueDateService(GongkaiDbContext db, TaskDivisionAccess access, StaffAccess staff, AuditTrail audit, TimeProvider clock, ILogger<TaskDueDateService> log)
{
    public const int MaxReasonLength = 1000;

    public async Task<(string? Error, bool Forbidden)> EditAsync(int measureId, DateOnly? dueOn, string? reason, CancellationToken ct)
    {
        if (!await access.MayManageAsync(ct))
        {
            return ("只有区政府办公室的督查人员或系统管理员可以修改完成期限。", true);
        }

        var measure = await db.Set<TaskMeasure>().FirstOrDefaultAsync(m => m.Id == measureId, ct);
        if (measure is null)
        {
            return ("没有这项举措。", false);
        }

        var text = reason?.Trim() ?? "";
        if (dueOn is null)
        {
            return Refuse(measureId, "请填写新的完成期限（日期，如 2020-12-31）。");
        }

        if (text.Length == 0 || text.Length > MaxReasonLength)
        {
            return Refuse(measureId, $"请填写修改完成期限的理由（不超过 {MaxReasonLength} 字）。");
        }

        // The notice carries only its year: a measure cannot fall due before the year it belongs to began.
        var year = await db.Set<TaskNotice>().Where(n => n.Id == measure.NoticeId).Select(n => n.Year).FirstAsync(ct);
        var earliest = new DateOnly(year, 1, 1);
        if (dueOn.Value < earliest)
        {
            return Refuse(measureId, $"完成期限不能早于通知所属年度的开始（{earliest:yyyy-MM-dd}）。");
        }

        var before = measure.DueDate;
        measure.DueDate = dueOn.Value;
        measure.DueDateEditedAt = clock.GetUtcNow();
        measure.DueDateEditedBy = staff.UserId;
        measure.DueDateEditReason = text;
        audit.Record(TaskDivisionEvents.DueDateEdited, targetType: nameof(TaskMeasure), targetId: measureId.ToString(CultureInfo.InvariantCulture),
            before: new { dueOn = before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            after: new { dueOn = dueOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = text });
        await db.SaveChangesAsync(ct);
        return (null, false);
    }

    private (string? Error, bool Forbidden) Refuse(int measureId, string error)
    {
        log.LogInformation("Due date of measure {MeasureId} not edited: {Error}", measureId, error);
        return (error, false);
    }
}
