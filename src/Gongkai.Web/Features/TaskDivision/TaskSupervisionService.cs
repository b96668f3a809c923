using System.Globalization;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>督办: the district office sends an organ a supervision notice about one of its measures;
/// the notice stays open on the organ's task list until the organ answers it.</summary>
public sealed class TaskSupervisionService(GongkaiDbContext db, TaskDivisionAccess access, StaffAccess staff, AuditTrail audit, TimeProvider clock)
{
    public async Task<(string? Error, bool Forbidden)> SendAsync(int measureId, int organizationId, string? message, CancellationToken ct)
    {
        if (!await access.MayManageAsync(ct))
        {
            return ("只有区政府办公室的督查人员可以督办。", true);
        }

        var text = message?.Trim() ?? "";
        if (text.Length == 0 || text.Length > 2000)
        {
            return ("请填写督办事项（不超过 2000 字）。", false);
        }

        if (!await db.Set<TaskAssignment>().AnyAsync(a => a.MeasureId == measureId && a.OrganizationId == organizationId, ct))
        {
            return ("该机关不承担这项举措，不能就此督办。", false);
        }

        db.Add(new TaskSupervision { MeasureId = measureId, OrganizationId = organizationId, Message = text, SentAt = clock.GetUtcNow(), SentBy = staff.UserId });
        audit.Record(TaskDivisionEvents.Supervised, targetType: nameof(TaskMeasure), targetId: measureId.ToString(CultureInfo.InvariantCulture),
            after: new { organizationId, message = text }, organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        return (null, false);
    }

    public async Task<(string? Error, bool Forbidden)> AnswerAsync(int supervisionId, string? answer, CancellationToken ct)
    {
        var supervision = await db.Set<TaskSupervision>().FirstOrDefaultAsync(s => s.Id == supervisionId, ct);
        if (supervision is null || !(await access.OwnOrganizationsAsync(ct)).Contains(supervision.OrganizationId))
        {
            return ("只能答复发给本机关的督办。", true);
        }

        var text = answer?.Trim() ?? "";
        if (text.Length == 0 || text.Length > 4000)
        {
            return ("请填写答复（不超过 4000 字）。", false);
        }

        if (supervision.AnsweredAt is not null)
        {
            return ("该督办已答复。", false);
        }

        supervision.Answer = text;
        supervision.AnsweredAt = clock.GetUtcNow();
        supervision.AnsweredBy = staff.UserId;
        audit.Record(TaskDivisionEvents.SupervisionAnswered, targetType: nameof(TaskSupervision), targetId: supervisionId.ToString(CultureInfo.InvariantCulture),
            after: new { answer = text }, organizationId: supervision.OrganizationId);
        await db.SaveChangesAsync(ct);
        return (null, false);
    }
}
