using System.Globalization;
using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>Case handling: recording an event (补正, 征求意见, 延期, 收费, 答复 …) on a case. The
/// event's own fields are checked by <see cref="ApplicationEventRules"/>; then the whole history is
/// replayed with it (<see cref="CaseClock"/>), and nothing is saved when a rule is broken. The event
/// is audited in the same save.</summary>
public sealed class ApplicationEvents(GongkaiDbContext db, ApplicationAccess access, ApplicationClock clock, AuditTrail audit)
{
    /// <summary>Records <paramref name="input"/> on <paramref name="application"/> (one the caller
    /// found through <see cref="ApplicationAccess.FindForStaffAsync"/>) and answers the new clock.</summary>
    public async Task<CaseClockResult?> AddAsync(DisclosureApplication application, ApplicationEventInput input, CancellationToken ct)
    {
        if (!await access.MayActAsync(application.OrganizationId, ct))
        {
            throw new ApplicationForbiddenException("只有本机关的依申请公开经办人可以办理该申请（督查人员只能查看）。");
        }

        var submittedOn = DateOnly.FromDateTime(ChinaTime.ToChina(application.SubmittedAt).DateTime);
        var checkedEvent = ApplicationEventRules.Check(input.ToRequest(), new(application.Channel, submittedOn, application.Delivery), clock.Today);
        var record = NewRecord(checkedEvent, input, access.UserName, clock.Now);
        application.Events.Add(record);
        try
        {
            var result = await clock.RecomputeAsync(application, ct);
            application.Version = Guid.NewGuid();
            audit.Record("application.event", targetType: "application", targetId: application.Id.ToString(CultureInfo.InvariantCulture),
                after: new { Type = ApplicationEventTypes.Code(record.Type), record.On, record.WorkingDays, record.Amount, record.Outcome, record.CorrectUntil, record.Approver, record.AppealResult, record.Delivery, record.DeferredTo },
                organizationId: application.OrganizationId);
            await db.SaveChangesAsync(ct);
            return result;
        }
        catch
        {
            application.Events.Remove(record);
            db.Entry(record).State = EntityState.Detached;
            throw;
        }
    }

    /// <summary>The stored form of a checked event; the free fields (days, outcome, approver, note)
    /// are kept as given, trimmed to their columns, for the clock to judge.</summary>
    internal static ApplicationEventRecord NewRecord(CheckedEvent e, ApplicationEventInput input, string? recordedBy, DateTimeOffset now) => new()
    {
        Type = e.Type,
        On = e.On,
        WorkingDays = input.WorkingDays,
        Outcome = ApplicationText.OrNull(input.Outcome?.Trim()),
        CorrectUntil = input.CorrectUntil,
        Approver = ApplicationText.Trim(input.Approver, 100),
        Amount = e.Amount,
        AppealResult = e.AppealResult is { } r ? AppealResults.Code(r) : null,
        AfterReconsideration = input.AfterReconsideration ?? false,
        Delivery = e.Delivery is { } d ? NoticeDeliveries.Code(d) : null,
        DeferredTo = input.DeferredTo,
        Note = ApplicationText.Trim(input.Note, 2000),
        RecordedAt = now,
        RecordedBy = recordedBy,
    };
}
