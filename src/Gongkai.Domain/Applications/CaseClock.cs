using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Applications;

/// <summary>The reply clock of a disclosure application (《条例》第三十条至第三十三条, REGULATIONS.md
/// §2.1), replayed from the case's events every time so that past-dated events entered after the
/// fact give the same answer as events entered on the day. Events are taken in date order (ties in
/// the order recorded); a rule broken by any event throws <see cref="ApplicationRuleException"/>
/// with a Chinese message naming the event and the dates.</summary>
public static class CaseClock
{
    public const int ReplyWorkingDays = 20;
    public const int CorrectionRequestWorkingDays = 7;
    public const int MaxExtensionWorkingDays = 20;
    public const int FeePaymentWorkingDays = 20;
    public const int ThirdPartyWorkingDays = 15;

    public static CaseClockResult Compute(IEnumerable<ApplicationEvent> events, WorkingDayCalendar calendar, ClockSettings? settings = null)
    {
        settings ??= ClockSettings.Default;
        var ordered = events.Select((e, i) => (e, i)).OrderBy(x => x.e.On).ThenBy(x => x.i).Select(x => x.e).ToList();
        var state = new State(calendar, settings);
        foreach (var e in ordered)
        {
            state.Apply(e, ordered);
        }

        if (state.ReceivedOn is null)
        {
            throw new ApplicationRuleException("尚未登记收到申请。");
        }

        return state.Result();
    }

    /// <summary>Counts the reply clock: day 1 is the first working day after <paramref name="start"/>
    /// that is not inside a pause. Stops at an open pause (the due date is then unknown).</summary>
    public static (DateOnly? Due, int Used, IReadOnlyList<ClockSegment> Segments) Count(
        WorkingDayCalendar calendar, DateOnly start, int workingDays, IReadOnlyList<ClockPause> pauses)
    {
        var segments = new List<ClockSegment>();
        var used = 0;
        var day = start;
        while (used < workingDays)
        {
            day = day.AddDays(1);
            var pause = pauses.FirstOrDefault(p => p.Covers(day));
            if (pause is { End: null })
            {
                return (null, used, segments);
            }

            var info = calendar.Describe(day);
            if (pause is not null)
            {
                Add(segments, ClockSegmentKind.Paused, day, info.IsWorkingDay ? 1 : 0, used, pause.Label);
            }
            else if (!info.IsWorkingDay)
            {
                Add(segments, ClockSegmentKind.Skipped, day, 0, used, info.IsWeekend && info.Name is null ? "周末" : info.Label);
            }
            else
            {
                used++;
                Add(segments, ClockSegmentKind.Counted, day, 1, used, "");
            }
        }

        return (day, used, segments);
    }

    private static void Add(List<ClockSegment> segments, ClockSegmentKind kind, DateOnly day, int workingDays, int total, string label)
    {
        if (segments.Count > 0 && segments[^1] is var last && last.Kind == kind && last.To.AddDays(1) == day
            && (kind != ClockSegmentKind.Paused || last.Label == label))
        {
            var merged = kind == ClockSegmentKind.Skipped && !last.Label.Split('、').Contains(label) ? last.Label + "、" + label : last.Label;
            segments[^1] = last with { To = day, WorkingDays = last.WorkingDays + workingDays, RunningTotal = total, Label = merged };
            return;
        }

        segments.Add(new ClockSegment(kind, day, day, workingDays, total, label));
    }

    private static string D(DateOnly d) => d.ToString("yyyy年M月d日");

    private static string Name(ApplicationEventType t) => ApplicationEventTypes.Name(t);

    private sealed class State(WorkingDayCalendar calendar, ClockSettings settings)
    {
        public DateOnly? ReceivedOn;
        private DateOnly clockStart;
        private DateOnly? correctionRequestedOn;
        private DateOnly? correctUntil;
        private DateOnly? correctionReceivedOn;
        private int? extensionDays;
        private string? extensionApprover;
        private DateOnly? extensionOn;
        private DateOnly? feeNoticeOn;
        private DateOnly? feeClosedOn;
        private DateOnly? feePayBy;
        private string? outcome;
        private DateOnly? repliedOn;
        private DateOnly? archivedOn;
        private AppealResult? reconsideration;
        private AppealResult? litigation;
        private bool litigationAfterReconsideration;
        private readonly List<ClockPause> pauses = [];
        private readonly List<string> notes = [];

        private bool AwaitingCorrection => correctionRequestedOn is not null && correctionReceivedOn is null && outcome is null;

        public void Apply(ApplicationEvent e, IReadOnlyList<ApplicationEvent> all)
        {
            if (ReceivedOn is null)
            {
                if (e.Type == ApplicationEventType.Received)
                {
                    ReceivedOn = e.On;
                    clockStart = e.On;
                    return;
                }

                var received = all.FirstOrDefault(x => x.Type == ApplicationEventType.Received);
                throw new ApplicationRuleException(received is null
                    ? $"尚未登记收到申请，不能登记“{Name(e.Type)}”。"
                    : $"“{Name(e.Type)}”的日期（{D(e.On)}）早于收到申请之日（{D(received.On)}），请核对日期。");
            }

            switch (e.Type)
            {
                case ApplicationEventType.Received:
                    throw new ApplicationRuleException($"本案已登记于{D(ReceivedOn.Value)}收到申请，不能重复登记。");
                case ApplicationEventType.Archived:
                    RequireReplied(e);
                    if (archivedOn is not null)
                    {
                        throw new ApplicationRuleException($"本案已于{D(archivedOn.Value)}归档。");
                    }

                    archivedOn = e.On;
                    return;
                case ApplicationEventType.Reconsideration:
                case ApplicationEventType.Litigation:
                    RequireReplied(e);
                    var result = e.AppealResult ?? throw new ApplicationRuleException("请填写结果：结果维持、结果纠正、其他结果或尚未审结。");
                    if (e.Type == ApplicationEventType.Reconsideration)
                    {
                        reconsideration = result;
                    }
                    else
                    {
                        litigation = result;
                        litigationAfterReconsideration = e.AfterReconsideration;
                    }

                    return;
            }

            if (outcome is not null)
            {
                throw new ApplicationRuleException($"本案已于{D(repliedOn!.Value)}办结（{ApplicationOutcomes.Find(outcome)?.Name ?? outcome}），不能再登记“{Name(e.Type)}”（{D(e.On)}）。");
            }

            if (AwaitingCorrection && e.Type is not (ApplicationEventType.CorrectionReceived or ApplicationEventType.CorrectionLapsed)
                && !(e.Type == ApplicationEventType.Replied && e.Outcome == ApplicationOutcomes.NoCorrection))
            {
                throw new ApplicationRuleException($"申请人尚未补正（补正期限至{D(correctUntil!.Value)}），不能登记“{Name(e.Type)}”；请先登记收到补正或逾期未补正。");
            }

            switch (e.Type)
            {
                case ApplicationEventType.CorrectionRequested:
                    RequestCorrection(e);
                    break;
                case ApplicationEventType.CorrectionReceived:
                    if (correctionRequestedOn is null)
                    {
                        throw new ApplicationRuleException("本案没有告知补正，不能登记收到补正。");
                    }

                    correctionReceivedOn = e.On;
                    clockStart = e.On;
                    notes.Add($"{D(e.On)}收到补正后的申请，答复期限自该日的次日起重新计算（《条例》第三十条）；此前已计的日子不再计入。");
                    break;
                case ApplicationEventType.CorrectionLapsed:
                    Lapse(e);
                    break;
                case ApplicationEventType.ThirdPartyConsultationStarted:
                case ApplicationEventType.OrganConsultationStarted:
                    StartPause(e, Label(e.Type));
                    if (e.Type == ApplicationEventType.ThirdPartyConsultationStarted && Try(() => calendar.AddWorkingDays(e.On, ThirdPartyWorkingDays).Due) is { } answerBy)
                    {
                        notes.Add($"{D(e.On)}书面征求第三方意见，第三方应在{D(answerBy)}前提出意见（《条例》第三十二条，15个工作日）。");
                    }

                    break;
                case ApplicationEventType.ThirdPartyConsultationEnded:
                case ApplicationEventType.OrganConsultationEnded:
                    EndPause(e, Label(e.Type));
                    break;
                case ApplicationEventType.ExtensionApproved:
                    Extend(e);
                    break;
                case ApplicationEventType.FeeNoticeSent:
                    SendFeeNotice(e);
                    break;
                case ApplicationEventType.FeePaid:
                case ApplicationEventType.FeeUnpaid:
                    CloseFee(e);
                    break;
                case ApplicationEventType.Replied:
                    Reply(e);
                    break;
            }
        }

        private static string Label(ApplicationEventType type) => type is ApplicationEventType.ThirdPartyConsultationStarted or ApplicationEventType.ThirdPartyConsultationEnded
            ? "征求第三方意见" : "征求其他机关意见";

        private void RequireReplied(ApplicationEvent e)
        {
            if (outcome is null)
            {
                throw new ApplicationRuleException($"本案尚未答复，不能登记“{Name(e.Type)}”。");
            }
        }

        private void RequestCorrection(ApplicationEvent e)
        {
            if (correctionRequestedOn is not null)
            {
                throw new ApplicationRuleException($"补正只能一次性告知（《条例》第三十条），本案已于{D(correctionRequestedOn.Value)}告知补正。");
            }

            var limit = calendar.AddWorkingDays(ReceivedOn!.Value, CorrectionRequestWorkingDays).Due;
            if (e.On > limit)
            {
                throw new ApplicationRuleException($"告知补正应在收到申请之日起7个工作日内（最迟{D(limit)}），{D(e.On)}已超过（《条例》第三十条）。");
            }

            if (e.CorrectUntil is not { } until)
            {
                throw new ApplicationRuleException("请填写合理的补正期限（申请人应在哪一天前补正）。");
            }

            if (until <= e.On)
            {
                throw new ApplicationRuleException($"补正期限（{D(until)}）应晚于告知补正之日（{D(e.On)}）。");
            }

            RequireNoOpenPause(e);
            correctionRequestedOn = e.On;
            correctUntil = until;
            notes.Add($"{D(e.On)}一次性告知申请人补正，补正期限至{D(until)}；补正前不计算答复期限。");
        }

        private void Lapse(ApplicationEvent e)
        {
            if (!AwaitingCorrection)
            {
                throw new ApplicationRuleException("只有告知补正后申请人逾期未补正的申请，才能按“逾期不补正”办结。");
            }

            if (e.On <= correctUntil!.Value)
            {
                throw new ApplicationRuleException($"补正期限至{D(correctUntil.Value)}，尚未届满，不能认定逾期未补正。");
            }

            Close(ApplicationOutcomes.NoCorrection, e.On);
            notes.Add($"申请人无正当理由逾期未补正，视为放弃申请，{D(e.On)}不再处理（《条例》第三十条）。");
        }

        private void StartPause(ApplicationEvent e, string label)
        {
            if (pauses.Any(p => p.Label == label && p.End is null))
            {
                throw new ApplicationRuleException($"“{label}”尚未结束，不能重复开始。");
            }

            pauses.Add(new ClockPause(label, e.On, null));
        }

        private void EndPause(ApplicationEvent e, string label)
        {
            var index = pauses.FindIndex(p => p.Label == label && p.End is null);
            if (index < 0)
            {
                throw new ApplicationRuleException($"没有进行中的“{label}”，不能登记结束。");
            }

            pauses[index] = pauses[index] with { End = e.On };
        }

        private void RequireNoOpenPause(ApplicationEvent e)
        {
            if (pauses.FirstOrDefault(p => p.End is null) is { } open)
            {
                throw new ApplicationRuleException($"“{open.Label}”（{D(open.Start)}开始）尚未结束，请先登记结束，再登记“{Name(e.Type)}”。");
            }
        }

        private void Extend(ApplicationEvent e)
        {
            if (extensionDays is not null)
            {
                throw new ApplicationRuleException($"答复期限只能延长一次（《条例》第三十三条），本案已于{D(extensionOn!.Value)}延长{extensionDays}个工作日。");
            }

            if (e.WorkingDays is not (>= 1 and <= MaxExtensionWorkingDays))
            {
                throw new ApplicationRuleException("延长的期限应为1至20个工作日（《条例》第三十三条：延长的期限最长不得超过20个工作日）。");
            }

            if (string.IsNullOrWhiteSpace(e.Approver))
            {
                throw new ApplicationRuleException("延长答复期限须经政府信息公开工作机构负责人同意，请填写批准人。");
            }

            if (CurrentDue() is { } due && e.On > due)
            {
                throw new ApplicationRuleException($"延长答复期限应在期限届满（{D(due)}）前批准，{D(e.On)}已超过。");
            }

            extensionDays = e.WorkingDays;
            extensionApprover = e.Approver.Trim();
            extensionOn = e.On;
            notes.Add($"{D(e.On)}经政府信息公开工作机构负责人（{extensionApprover}）同意延长答复期限{extensionDays}个工作日，并告知申请人（《条例》第三十三条）。");
        }

        private void SendFeeNotice(ApplicationEvent e)
        {
            if (feeNoticeOn is not null)
            {
                throw new ApplicationRuleException($"本案已于{D(feeNoticeOn.Value)}发出收费通知，不能重复发出。");
            }

            if (CurrentDue() is { } due && e.On > due)
            {
                throw new ApplicationRuleException($"收费通知应在答复期限内（{D(due)}前）发出。");
            }

            feeNoticeOn = e.On;
            feePayBy = calendar.AddWorkingDays(e.On, FeePaymentWorkingDays).Due;
            if (settings.PauseWhileFeeNoticeOpen)
            {
                pauses.Add(new ClockPause("收费通知待缴费", e.On, null));
            }

            notes.Add($"{D(e.On)}发出收费通知，申请人应在{D(feePayBy.Value)}前缴费（自收到通知次日起20个工作日，国办函〔2020〕109号）"
                + (settings.PauseWhileFeeNoticeOpen ? "；缴费前答复期限暂停计算。" : "；按本平台设置，答复期限不因此暂停。"));
        }

        private void CloseFee(ApplicationEvent e)
        {
            if (feeNoticeOn is null || feeClosedOn is not null)
            {
                throw new ApplicationRuleException("没有待缴费的收费通知。");
            }

            if (e.Type == ApplicationEventType.FeePaid && e.On > feePayBy!.Value)
            {
                throw new ApplicationRuleException($"缴费期限已于{D(feePayBy.Value)}届满，{D(e.On)}的缴费应登记为逾期未缴费处理。");
            }

            if (e.Type == ApplicationEventType.FeeUnpaid && e.On <= feePayBy!.Value)
            {
                throw new ApplicationRuleException($"缴费期限至{D(feePayBy.Value)}，尚未届满，不能认定逾期未缴费。");
            }

            feeClosedOn = e.On;
            var index = pauses.FindIndex(p => p.Label == "收费通知待缴费" && p.End is null);
            if (index >= 0)
            {
                pauses[index] = pauses[index] with { End = e.On };
            }

            if (e.Type == ApplicationEventType.FeeUnpaid)
            {
                Close(ApplicationOutcomes.FeeUnpaid, e.On);
                notes.Add($"申请人逾期未缴纳信息处理费，视为放弃申请，{D(e.On)}不再处理。");
            }
            else
            {
                notes.Add($"{D(e.On)}申请人缴费。");
            }
        }

        private void Reply(ApplicationEvent e)
        {
            if (string.IsNullOrWhiteSpace(e.Outcome))
            {
                throw new ApplicationRuleException("答复须选择且只能选择一种答复结果。");
            }

            if (ApplicationOutcomes.Find(e.Outcome) is null)
            {
                throw new ApplicationRuleException($"未知的答复结果“{e.Outcome}”。可用的结果：{string.Join("、", ApplicationOutcomes.All.Select(o => o.Code))}。");
            }

            if (e.Outcome == ApplicationOutcomes.NoCorrection)
            {
                Lapse(e);
                return;
            }

            if (e.Outcome == ApplicationOutcomes.FeeUnpaid)
            {
                CloseFee(e with { Type = ApplicationEventType.FeeUnpaid });
                return;
            }

            if (feeNoticeOn is not null && feeClosedOn is null)
            {
                throw new ApplicationRuleException($"收费通知（{D(feeNoticeOn.Value)}）尚未缴费，请先登记缴费或逾期未缴费。");
            }

            RequireNoOpenPause(e);

            Close(e.Outcome, e.On);
        }

        private void Close(string code, DateOnly on)
        {
            outcome = code;
            repliedOn = on;
        }

        private DateOnly? CurrentDue()
        {
            if (AwaitingCorrection)
            {
                return null;
            }

            return Try(() => Count(calendar, clockStart, ReplyWorkingDays + (extensionDays ?? 0), pauses).Due);
        }

        private static DateOnly? Try(Func<DateOnly?> f)
        {
            try
            {
                return f();
            }
            catch (CalendarYearNotLoadedException)
            {
                return null;
            }
        }

        public CaseClockResult Result()
        {
            var allowed = ReplyWorkingDays + (extensionDays ?? 0);
            var lines = new List<string>
            {
                $"收到申请之日：{D(ReceivedOn!.Value)}。",
            };
            lines.AddRange(notes);
            DateOnly? due = null;
            var used = 0;
            IReadOnlyList<ClockSegment> segments = [];
            string? problem = null;
            if (outcome == ApplicationOutcomes.NoCorrection || AwaitingCorrection)
            {
                lines.Add(AwaitingCorrection
                    ? $"等待申请人补正（补正期限至{D(correctUntil!.Value)}），答复期限自收到补正之日的次日起计算。"
                    : "申请人未补正，不计算答复期限。");
            }
            else
            {
                lines.Add($"答复期限：自{D(clockStart)}的次日起计算{ReplyWorkingDays}个工作日（《条例》第三十三条）"
                    + (extensionDays is { } x ? $"，延长{x}个工作日，合计{allowed}个工作日" : "")
                    + "；征求第三方和其他机关意见所需时间不计算在内。");
                try
                {
                    (due, used, segments) = Count(calendar, clockStart, allowed, pauses);
                    lines.AddRange(segments.Select(s => s.Text));
                    lines.Add(due is { } d
                        ? $"答复期限届满日：{D(d)}（已计{used}个工作日）。"
                        : $"暂停计时中：已计{used}个工作日，尚余{allowed - used}个工作日，暂停结束后继续计算。");
                }
                catch (CalendarYearNotLoadedException ex)
                {
                    problem = ex.Message;
                    lines.Add("无法计算答复期限：" + ex.Message);
                }
            }

            if (repliedOn is { } r)
            {
                lines.Add($"{D(r)}办结：{ApplicationOutcomes.Find(outcome)!.Name}" + (due is { } dd && r > dd ? "（超过答复期限）。" : "。"));
            }

            var stage = archivedOn is not null ? ApplicationStage.Archived
                : outcome is not null ? ApplicationStage.Replied
                : AwaitingCorrection ? ApplicationStage.AwaitingCorrection
                : pauses.Any(p => p.End is null) ? ApplicationStage.Paused
                : ApplicationStage.Handling;
            return new CaseClockResult
            {
                ReceivedOn = ReceivedOn.Value,
                ClockStart = clockStart,
                Stage = stage,
                WorkingDaysAllowed = allowed,
                DueOn = due,
                WorkingDaysUsed = used,
                ExtensionWorkingDays = extensionDays,
                ExtensionApprover = extensionApprover,
                CorrectionRequestedOn = correctionRequestedOn,
                CorrectUntil = correctUntil,
                CorrectionReceivedOn = correctionReceivedOn,
                FeeNoticeOn = feeNoticeOn,
                FeePayBy = feePayBy,
                Outcome = outcome,
                RepliedOn = repliedOn,
                ArchivedOn = archivedOn,
                ReconsiderationResult = reconsideration,
                LitigationResult = litigation,
                LitigationAfterReconsideration = litigationAfterReconsideration,
                Pauses = pauses.ToList(),
                Segments = segments,
                Explanation = lines,
                CalendarProblem = problem,
            };
        }
    }
}
