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

    /// <summary>《条例》第三十四条 (UNCONFIRMED verbatim): a consulted organ answers within 15 working days; silence is consent.</summary>
    public const int OtherOrganWorkingDays = 15;

    public const string ThirdPartyLabel = "征求第三方意见";
    public const string OtherOrganLabel = "征求其他机关意见";
    public const string FeeLabel = "收费通知待缴费";

    /// <param name="today">The day the case is looked at: decides whether a consultation is still
    /// running or its limit has passed (stage and explanation only; the due date does not depend on it).</param>
    public static CaseClockResult Compute(IEnumerable<ApplicationEvent> events, WorkingDayCalendar calendar, ClockSettings? settings = null, DateOnly? today = null)
    {
        settings ??= ClockSettings.Default;
        var ordered = events.Select((e, i) => (e, i)).OrderBy(x => x.e.On).ThenBy(x => x.i).Select(x => x.e).ToList();
        var state = new State(calendar, settings, today);
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
            if (pause is { Until: null })
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

    private sealed class State(WorkingDayCalendar calendar, ClockSettings settings, DateOnly? today)
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
        private NoticeDelivery? feeDelivery;
        private DateOnly? feeReceivedOn;
        private bool feeReceiptDeemed;
        private DateOnly? deferredTo;
        private DateOnly? deferredOn;
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
                    Consult(e);
                    break;
                case ApplicationEventType.ThirdPartyConsultationEnded:
                case ApplicationEventType.OrganConsultationEnded:
                    EndPause(e, Label(e.Type));
                    break;
                case ApplicationEventType.ExtensionApproved:
                    Extend(e);
                    break;
                case ApplicationEventType.ReplyDeferred:
                    Defer(e);
                    break;
                case ApplicationEventType.FeeNoticeSent:
                    SendFeeNotice(e);
                    break;
                case ApplicationEventType.FeeNoticeReceived:
                    ReceiveFeeNotice(e);
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
            ? ThirdPartyLabel : OtherOrganLabel;

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

            var limit = calendar.AddWorkingDays(settings.DayBeforeFirst(ReceivedOn!.Value), CorrectionRequestWorkingDays).Due;
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

        /// <summary>《条例》第三十二条: the third party answers within 15 working days of receiving the
        /// letter; 第三十四条 (UNCONFIRMED verbatim): another organ within 15 working days. The
        /// letter's receipt is deemed from its delivery (<see cref="ClockSettings.DeemedReceipt"/>);
        /// the pause ends by itself on the last day of that period.</summary>
        private void Consult(ApplicationEvent e)
        {
            var label = Label(e.Type);
            if (pauses.Any(p => p.Label == label && p.IsRunningOn(e.On)))
            {
                throw new ApplicationRuleException($"“{label}”尚未结束，不能重复开始。");
            }

            var thirdParty = e.Type == ApplicationEventType.ThirdPartyConsultationStarted;
            var receipt = settings.DeemedReceipt(e.On, e.Delivery);
            var answerBy = Try(() => calendar.AddWorkingDays(receipt, thirdParty ? ThirdPartyWorkingDays : OtherOrganWorkingDays).Due);
            pauses.Add(new ClockPause(label, e.On, null, answerBy));
            var by = answerBy is { } a ? $"应在{D(a)}前提出意见" : "答复期限所在年度的工作日历尚未载入，无法推算其答复期限";
            notes.Add(thirdParty
                ? $"{D(e.On)}书面征求第三方意见，第三方{by}（《条例》第三十二条，自收到征求意见书之日起15个工作日；{settings.DeemedReceiptRule(e.Delivery)}）；逾期未提出意见的，暂停计时于该日结束，由行政机关依照本条例的规定决定是否公开。"
                : $"{D(e.On)}征求其他机关意见，被征求意见机关{by}（《条例》第三十四条，15个工作日；{settings.DeemedReceiptRule(e.Delivery)}）；逾期未答复的视为同意公开，暂停计时于该日结束。");
        }

        private void EndPause(ApplicationEvent e, string label)
        {
            var index = pauses.FindLastIndex(p => p.Label == label && p.End is null);
            if (index < 0)
            {
                throw new ApplicationRuleException($"没有进行中的“{label}”，不能登记结束。");
            }

            var pause = pauses[index];
            if (pause.Limit is { } limit && e.On > limit)
            {
                // An answer after the limit does not stretch the pause: from the day after the
                // limit the organ decides on its own (《条例》第三十二条).
                pauses[index] = pause with { End = limit };
                notes.Add($"{D(e.On)}登记“{label}”结束，已超过{D(limit)}的答复期限：暂停计时只到{D(limit)}，此后的日子计入答复期限。");
                return;
            }

            pauses[index] = pause with { End = e.On };
        }

        private void RequireNoOpenPause(ApplicationEvent e)
        {
            if (pauses.FirstOrDefault(p => p.IsRunningOn(e.On)) is { } open)
            {
                throw new ApplicationRuleException($"“{open.Label}”（{D(open.Start)}开始"
                    + (open.Limit is { } l ? $"，对方答复期限至{D(l)}" : "") + $"）尚未结束，请先登记结束，再登记“{Name(e.Type)}”。");
            }
        }

        private void Extend(ApplicationEvent e)
        {
            if (deferredTo is not null)
            {
                throw new ApplicationRuleException($"本案已于{D(deferredOn!.Value)}依《条例》第三十五条确定延迟答复期限至{D(deferredTo.Value)}，不能再延长答复期限。");
            }

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
            feeDelivery = e.Delivery;
            feeReceivedOn = settings.DeemedReceipt(e.On, e.Delivery);
            feeReceiptDeemed = true;
            feePayBy = calendar.AddWorkingDays(feeReceivedOn.Value, FeePaymentWorkingDays).Due;
            if (settings.PauseWhileFeeNoticeOpen)
            {
                pauses.Add(new ClockPause(FeeLabel, e.On, null, feePayBy));
            }

            var how = e.Delivery is { } d ? $"（{NoticeDeliveries.Name(d)}）" : "";
            notes.Add($"{D(e.On)}发出收费通知{how}；{settings.DeemedReceiptRule(e.Delivery)}，即{D(feeReceivedOn.Value)}；申请人应在{D(feePayBy.Value)}前缴费（自收到收费通知次日起20个工作日，国办函〔2020〕109号）"
                + (settings.PauseWhileFeeNoticeOpen ? "；缴费前答复期限暂停计算。" : "；按本平台设置，答复期限不因此暂停。"));
        }

        /// <summary>The day the applicant actually received the fee notice (回执、签收、确认记录):
        /// the 20 working days to pay count from the day after it (国办函〔2020〕109号), replacing
        /// the deemed receipt.</summary>
        private void ReceiveFeeNotice(ApplicationEvent e)
        {
            if (feeNoticeOn is null || feeClosedOn is not null)
            {
                throw new ApplicationRuleException("没有待缴费的收费通知，不能登记申请人收到收费通知。");
            }

            if (!feeReceiptDeemed)
            {
                throw new ApplicationRuleException($"已登记申请人于{D(feeReceivedOn!.Value)}收到收费通知，不能重复登记。");
            }

            feeReceivedOn = e.On;
            feeReceiptDeemed = false;
            feePayBy = calendar.AddWorkingDays(e.On, FeePaymentWorkingDays).Due;
            var index = pauses.FindIndex(p => p.Label == FeeLabel && p.End is null);
            if (index >= 0)
            {
                pauses[index] = pauses[index] with { Limit = feePayBy };
            }

            notes.Add($"申请人于{D(e.On)}收到收费通知（实际收到之日），缴费期限改为自该日次日起20个工作日，至{D(feePayBy.Value)}（国办函〔2020〕109号）。");
        }

        /// <summary>《条例》第三十五条: the applicant's requests clearly exceed a reasonable number or
        /// frequency, the organ found the reasons given reasonable but cannot answer within the
        /// Art. 33 period, so it sets a reasonable later reply date and tells the applicant.</summary>
        private void Defer(ApplicationEvent e)
        {
            if (deferredTo is not null)
            {
                throw new ApplicationRuleException($"本案已于{D(deferredOn!.Value)}确定延迟答复期限至{D(deferredTo.Value)}（《条例》第三十五条），不能再次确定。");
            }

            if (e.DeferredTo is not { } to)
            {
                throw new ApplicationRuleException("请填写延迟答复的合理期限（答复日期）。");
            }

            if (CurrentDue() is { } due)
            {
                if (e.On > due)
                {
                    throw new ApplicationRuleException($"延迟答复应在第三十三条规定的答复期限（{D(due)}）届满前确定并告知申请人，{D(e.On)}已超过。");
                }

                if (to <= due)
                {
                    throw new ApplicationRuleException($"延迟答复的期限（{D(to)}）应晚于第三十三条规定的答复期限（{D(due)}）；能在该期限内答复的，无需延迟（《条例》第三十五条）。");
                }
            }
            else if (to <= e.On)
            {
                throw new ApplicationRuleException($"延迟答复的期限（{D(to)}）应晚于确定之日（{D(e.On)}）。");
            }

            deferredTo = to;
            deferredOn = e.On;
            notes.Add($"{D(e.On)}申请人申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由，行政机关认为理由合理但无法在第三十三条规定的期限内答复，确定延迟答复的合理期限至{D(to)}并告知申请人（《条例》第三十五条）。");
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
                throw new ApplicationRuleException($"缴费期限至{D(feePayBy.Value)}（自申请人{(feeReceiptDeemed ? "推定" : "")}收到收费通知之日{D(feeReceivedOn!.Value)}的次日起20个工作日，国办函〔2020〕109号），尚未届满，不能认定逾期未缴费。");
            }

            feeClosedOn = e.On;
            var index = pauses.FindIndex(p => p.Label == FeeLabel && p.End is null);
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

            if (deferredTo is not null)
            {
                return deferredTo;
            }

            return Try(() => Count(calendar, settings.DayBeforeFirst(clockStart), ReplyWorkingDays + (extensionDays ?? 0), pauses).Due);
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

        /// <summary>What became of each pause still waiting for an answer: running until its limit,
        /// or lapsed (the case page says so, and the organ goes on alone).</summary>
        private IEnumerable<string> PauseLines()
        {
            foreach (var p in pauses.Where(p => p.End is null && p.Limit is not null && outcome is null))
            {
                var limit = p.Limit!.Value;
                var lapsed = today is { } t && t > limit;
                yield return (p.Label, lapsed) switch
                {
                    (ThirdPartyLabel, true) => $"第三方未在{D(limit)}前提出意见（《条例》第三十二条）：暂停计时于{D(limit)}结束，由行政机关依照本条例的规定决定是否公开。",
                    (OtherOrganLabel, true) => $"被征求意见的机关未在{D(limit)}前答复（《条例》第三十四条），视为同意公开：暂停计时于{D(limit)}结束。",
                    (FeeLabel, true) => $"申请人未在缴费期限（{D(limit)}）内缴费，视为放弃申请：请登记“逾期未缴费”办结。",
                    (FeeLabel, false) => $"等待申请人缴费，缴费期限至{D(limit)}；暂停计时至缴费之日，最迟至{D(limit)}。",
                    _ => $"{p.Label}中：对方答复期限至{D(limit)}；逾期未答复的，暂停计时于该日结束。下面的届满日按此推算，对方提前答复的，自答复次日起恢复计时。",
                };
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
                lines.Add($"答复期限：自{D(clockStart)}{(settings.CountFromNextDay ? "的次日" : "（按本平台设置，当日计入）")}起计算{ReplyWorkingDays}个工作日（《条例》第三十三条）"
                    + (extensionDays is { } x ? $"，延长{x}个工作日，合计{allowed}个工作日" : "")
                    + "；征求第三方和其他机关意见所需时间不计算在内。");
                try
                {
                    (due, used, segments) = Count(calendar, settings.DayBeforeFirst(clockStart), allowed, pauses);
                    lines.AddRange(segments.Select(s => s.Text));
                    lines.AddRange(PauseLines());
                    lines.Add(due is { } d
                        ? $"答复期限届满日：{D(d)}（已计{used}个工作日）。"
                        : $"暂停计时中：已计{used}个工作日，尚余{allowed - used}个工作日，暂停结束后继续计算。");
                    if (deferredTo is { } dt)
                    {
                        lines.Add($"依《条例》第三十五条确定的延迟答复期限：{D(dt)}，代替上述答复期限。");
                        due = dt;
                    }
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
                : pauses.Any(p => today is { } t ? p.IsRunningOn(t) : p.End is null) ? ApplicationStage.Paused
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
                FeeNoticeReceivedOn = feeReceivedOn,
                FeeReceiptDeemed = feeReceiptDeemed,
                FeePayBy = feePayBy,
                DeferredTo = deferredTo,
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
