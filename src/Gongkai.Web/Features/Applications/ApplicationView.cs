using Gongkai.Domain.Applications;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Applications;

/// <summary>The JSON shapes of a case for the API.</summary>
public static class ApplicationView
{
    public static object Clock(DisclosureApplication a, CaseClockResult? c, DateOnly today) => new
    {
        id = a.Id,
        trackingCode = a.TrackingCode,
        organizationId = a.OrganizationId,
        stage = ApplicationStages.Code(a.Stage),
        stageName = ApplicationStages.Name(a.Stage),
        receivedOn = a.ReceivedOn,
        dueOn = c?.DueOn,
        overdue = c?.IsOverdue(today) ?? false,
        workingDaysAllowed = c?.WorkingDaysAllowed,
        workingDaysUsed = c?.WorkingDaysUsed,
        extensionWorkingDays = c?.ExtensionWorkingDays,
        extensionApprover = c?.ExtensionApprover,
        correctUntil = c?.CorrectUntil,
        feeNoticeReceivedOn = c?.FeeNoticeReceivedOn,
        feeReceiptDeemed = c?.FeeReceiptDeemed ?? false,
        feePayBy = c?.FeePayBy,
        deferredTo = c?.DeferredTo,
        pauses = c?.Pauses.Select(p => new
        {
            label = p.Label,
            start = p.Start,
            end = p.End,
            limit = p.Limit,
            lapsed = c.IsOpen && p.LapsedBefore(today),
        }) ?? [],
        feeAmount = a.Events.Where(e => e.Type == ApplicationEventType.FeeNoticeSent).OrderBy(e => e.On).ThenBy(e => e.Id).LastOrDefault()?.Amount,
        outcome = a.Outcome,
        outcomeName = ApplicationOutcomes.Find(a.Outcome)?.Name,
        repliedOn = a.RepliedOn,
        repliedLate = c?.RepliedLate ?? false,
        archivedOn = a.ArchivedOn,
        reconsiderationResult = a.ReconsiderationResult,
        litigationResult = a.LitigationResult,
        litigationAfterReconsideration = a.LitigationAfterReconsideration,
        calendarProblem = c?.CalendarProblem,
        explanation = c?.Explanation ?? ["网上申请待本机关确认收到；收到之日以双方确认之日为准（《条例》第三十一条第（三）项），确认后开始计算答复期限。"],
        segments = c?.Segments.Select(s => new
        {
            kind = s.Kind.ToString().ToLowerInvariant(),
            from = s.From,
            to = s.To,
            workingDays = s.WorkingDays,
            runningTotal = s.RunningTotal,
            label = s.Label,
            text = s.Text,
        }) ?? [],
    };

    public static object Staff(DisclosureApplication a, CaseClockResult? c, ApplicantDetails pi, DateOnly today) => new
    {
        clock = Clock(a, c, today),
        applicant = new
        {
            type = ApplicantKinds.Code(a.ApplicantKind),
            typeName = ApplicantKinds.Name(a.ApplicantKind),
            name = a.ApplicantName,
            identityProof = a.IdentityProof,
            idNumber = pi.IdNumber,
            idNumberWarning = a.IdNumberWarning,
            phone = pi.Phone,
            email = pi.Email,
            address = pi.Address,
        },
        request = new
        {
            informationTitle = a.InformationTitle,
            documentNumber = a.DocumentNumber,
            description = a.Description,
            formWanted = a.FormWanted,
            delivery = a.Delivery,
        },
        channel = ApplicationChannels.Code(a.Channel),
        receiptEvidence = a.ReceiptEvidence,
        submittedAt = ChinaTime.Format(a.SubmittedAt),
        registeredBy = a.RegisteredBy,
        events = a.Events.OrderBy(e => e.On).ThenBy(e => e.Id).Select(e => new
        {
            id = e.Id,
            type = ApplicationEventTypes.Code(e.Type),
            typeName = ApplicationEventTypes.Name(e.Type),
            on = e.On,
            workingDays = e.WorkingDays,
            outcome = e.Outcome,
            correctUntil = e.CorrectUntil,
            approver = e.Approver,
            amount = e.Amount,
            result = e.AppealResult,
            afterReconsideration = e.AfterReconsideration,
            delivery = e.Delivery,
            deferredTo = e.DeferredTo,
            note = e.Note,
            recordedBy = e.RecordedBy,
        }),
    };
}
