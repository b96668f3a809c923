using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Applications;
using static Gongkai.Domain.Tests.Applications.ClockKit;

namespace Gongkai.Domain.Tests.Applications;

public class CaseClockTests
{
    [Fact]
    public void Received_on_2020_09_25_is_due_after_National_Day_counting_the_make_up_Sunday()
    {
        // 09-27 (Sun) and 10-10 (Sat) are make-up working days; 10-01…10-08 are off.
        var r = Run(Received("2020-09-25"));

        Assert.Equal(D("2020-10-29"), r.DueOn);
        Assert.Equal(20, r.WorkingDaysUsed);
        Assert.Equal(D("2020-09-27"), r.Segments.First(s => s.Kind == ClockSegmentKind.Counted).From);
        var holiday = Assert.Single(r.Segments, s => s.Kind == ClockSegmentKind.Skipped && s.Label.Contains("国庆节"));
        Assert.Equal((D("2020-10-01"), D("2020-10-08")), (holiday.From, holiday.To));
        Assert.Contains(r.Segments, s => s.Kind == ClockSegmentKind.Counted && s.From <= D("2020-10-10") && s.To >= D("2020-10-10"));
        Assert.Contains("2020年10月29日", r.Explanation[^1]);
    }

    [Fact]
    public void Received_on_2020_01_17_is_due_after_the_extended_Spring_Festival()
    {
        // 01-19 (Sun) is a make-up working day; the extended break ran 01-24…02-02, so 02-01 is off.
        var r = Run(Received("2020-01-17"));

        Assert.Equal(D("2020-02-21"), r.DueOn);
        var festival = Assert.Single(r.Segments, s => s.Kind == ClockSegmentKind.Skipped && s.Label.Contains("春节"));
        Assert.Equal((D("2020-01-24"), D("2020-02-02")), (festival.From, festival.To));
        Assert.DoesNotContain(r.Segments, s => s.Kind == ClockSegmentKind.Counted && s.From <= D("2020-02-01") && s.To >= D("2020-02-01"));
        Assert.Equal(D("2020-01-19"), r.Segments.First(s => s.Kind == ClockSegmentKind.Counted).From);
    }

    [Fact]
    public void Ordinary_month_counts_twenty_working_days_from_the_day_after_receipt()
    {
        var r = Run(Received("2026-11-02"));

        Assert.Equal(D("2026-11-30"), r.DueOn);
        Assert.Equal(D("2026-11-03"), r.Segments[0].From);
        Assert.Equal(ApplicationStage.Handling, r.Stage);
        Assert.Contains(r.Explanation, l => l.Contains("次日起计算20个工作日"));
    }

    [Fact]
    public void Open_case_at_year_end_crosses_New_Year_and_carries_over()
    {
        var r = Run(Received("2020-12-21"));

        Assert.Equal(D("2021-01-19"), r.DueOn);
        Assert.Contains(r.Segments, s => s.Kind == ClockSegmentKind.Skipped && s.Label.Contains("元旦") && s.From == D("2021-01-01"));
        // Where the annual report's table 三 counts it (ApplicationsTally): still open on 31 December
        // it is carried forward from 2020 and carried over into 2021, where its reply counts.
        var open = new ApplicationCaseRecord(r.ReceivedOn, null, null, ApplicantKind.NaturalPerson);
        var repliedIn2021 = open with { ClosedOn = D("2021-01-10"), OutcomeCode = "granted" };
        var repliedIn2020 = open with { ClosedOn = D("2020-12-30"), OutcomeCode = "granted" };
        Assert.Equal((1m, 0m, 1m), Table3(2020, open));
        Assert.Equal((0m, 1m, 1m), Table3(2021, open));
        Assert.Equal((1m, 0m, 1m), Table3(2020, repliedIn2021));
        Assert.Equal((0m, 1m, 0m), Table3(2021, repliedIn2021));
        Assert.Equal(1, Cell(2021, repliedIn2021, ApplicationsTableKeys.Total));
        Assert.Equal(1, Cell(2021, repliedIn2021, "granted"));
        Assert.Equal((1m, 0m, 0m), Table3(2020, repliedIn2020));
        Assert.Equal((0m, 0m, 0m), Table3(2021, repliedIn2020));
        Assert.Equal(0, Cell(2021, repliedIn2020, ApplicationsTableKeys.Total));
    }

    /// <summary>Table 三's 总计 column for one case: (一 新收, 二 上年结转, 四 结转下年度).</summary>
    private static (decimal New, decimal CarriedOver, decimal CarriedForward) Table3(int year, ApplicationCaseRecord record) =>
        (Cell(year, record, ApplicationsTableKeys.NewReceived), Cell(year, record, ApplicationsTableKeys.CarriedOver), Cell(year, record, ApplicationsTableKeys.CarriedForward));

    private static decimal Cell(int year, ApplicationCaseRecord record, string row)
    {
        var tally = new ApplicationsTally(year, ReportTemplates.For(year));
        tally.Add(record);
        var cells = new Dictionary<CellKey, decimal>();
        tally.WriteTo(cells);
        return cells[new CellKey(ApplicationsTableKeys.Table, row, ApplicationsTableKeys.TotalColumn)];
    }

    [Fact]
    public void Due_date_in_a_year_without_a_loaded_schedule_is_flagged_not_guessed()
    {
        var r = Run(Received("2026-12-20"));

        Assert.Null(r.DueOn);
        Assert.NotNull(r.CalendarProblem);
        Assert.Contains("2027", r.CalendarProblem);
    }

    [Fact]
    public void Correction_restarts_the_clock_from_the_day_the_corrected_application_arrives()
    {
        var r = Run(Received("2020-09-25"), Correction("2020-09-28", "2020-10-16"), E(ApplicationEventType.CorrectionReceived, "2020-10-14"));

        Assert.Equal(D("2020-10-14"), r.ClockStart);
        Assert.Equal(D("2020-11-11"), r.DueOn);
        Assert.Equal(D("2020-10-15"), r.Segments[0].From);
        Assert.Contains(r.Explanation, l => l.Contains("重新计算"));
        Assert.Equal(D("2020-09-25"), r.ReceivedOn);
    }

    [Fact]
    public void While_the_applicant_corrects_there_is_no_due_date()
    {
        var r = Run(Received("2026-11-02"), Correction("2026-11-04", "2026-11-18"));

        Assert.Null(r.DueOn);
        Assert.Equal(ApplicationStage.AwaitingCorrection, r.Stage);
        Assert.Equal(D("2026-11-18"), r.CorrectUntil);
    }

    [Fact]
    public void Correction_request_is_allowed_up_to_the_seventh_working_day_and_refused_after()
    {
        // 7 working days after 2020-09-25: 09-27, 28, 29, 30, 10-09, 10-10, 10-12.
        Run(Received("2020-09-25"), Correction("2020-10-12", "2020-10-30"));
        var message = Refused(Received("2020-09-25"), Correction("2020-10-13", "2020-10-30"));

        Assert.Contains("7个工作日", message);
        Assert.Contains("2020年10月12日", message);
    }

    [Fact]
    public void Correction_can_be_requested_only_once()
    {
        var message = Refused(Received("2026-11-02"), Correction("2026-11-03", "2026-11-10"),
            E(ApplicationEventType.CorrectionReceived, "2026-11-05"), Correction("2026-11-06", "2026-11-20"));

        Assert.Contains("一次性", message);
    }

    [Fact]
    public void Correction_request_needs_a_set_date_after_the_request()
    {
        Assert.Contains("补正期限", Refused(Received("2026-11-02"), E(ApplicationEventType.CorrectionRequested, "2026-11-03")));
        Assert.Contains("应晚于", Refused(Received("2026-11-02"), Correction("2026-11-03", "2026-11-03")));
    }

    [Fact]
    public void No_correction_by_the_set_date_closes_the_case_as_other_noCorrection()
    {
        var r = Run(Received("2026-11-02"), Correction("2026-11-03", "2026-11-10"), E(ApplicationEventType.CorrectionLapsed, "2026-11-11"));

        Assert.Equal("other.noCorrection", r.Outcome);
        Assert.Equal(D("2026-11-11"), r.RepliedOn);
        Assert.Equal(ApplicationStage.Replied, r.Stage);
    }

    [Fact]
    public void No_correction_cannot_be_declared_before_the_set_date_or_without_a_request()
    {
        Assert.Contains("尚未届满", Refused(Received("2026-11-02"), Correction("2026-11-03", "2026-11-10"), E(ApplicationEventType.CorrectionLapsed, "2026-11-10")));
        Assert.Contains("逾期不补正", Refused(Received("2026-11-02"), Reply("2026-11-10", "other.noCorrection")));
    }

    [Fact]
    public void Other_events_wait_while_the_applicant_corrects()
    {
        var message = Refused(Received("2026-11-02"), Correction("2026-11-03", "2026-11-10"), Reply("2026-11-05"));

        Assert.Contains("尚未补正", message);
    }

    [Fact]
    public void Third_party_consultation_time_is_not_counted()
    {
        // Paused 11-10…11-13 (4 working days): the due date moves from 11-30 to 12-04.
        var r = Run(Received("2026-11-02"), E(ApplicationEventType.ThirdPartyConsultationStarted, "2026-11-09"),
            E(ApplicationEventType.ThirdPartyConsultationEnded, "2026-11-13"));

        Assert.Equal(D("2026-12-04"), r.DueOn);
        var pause = Assert.Single(r.Segments, s => s.Kind == ClockSegmentKind.Paused);
        Assert.Equal((D("2026-11-10"), D("2026-11-13"), 4), (pause.From, pause.To, pause.WorkingDays));
        Assert.Contains(r.Explanation, l => l.Contains("15个工作日"));
    }

    [Fact]
    public void Organ_consultation_time_is_not_counted()
    {
        var r = Run(Received("2026-11-02"), E(ApplicationEventType.OrganConsultationStarted, "2026-11-09"),
            E(ApplicationEventType.OrganConsultationEnded, "2026-11-13"));

        Assert.Equal(D("2026-12-04"), r.DueOn);
        Assert.Contains(r.Segments, s => s.Kind == ClockSegmentKind.Paused && s.Label == "征求其他机关意见");
    }

    [Fact]
    public void Overlapping_consultations_pause_each_day_once()
    {
        // Paused 11-10…11-18 = 7 working days.
        var r = Run(Received("2026-11-02"),
            E(ApplicationEventType.ThirdPartyConsultationStarted, "2026-11-09"), E(ApplicationEventType.OrganConsultationStarted, "2026-11-11"),
            E(ApplicationEventType.ThirdPartyConsultationEnded, "2026-11-13"), E(ApplicationEventType.OrganConsultationEnded, "2026-11-18"));

        Assert.Equal(D("2026-12-09"), r.DueOn);
    }

    [Fact]
    public void Open_consultation_is_paused_and_its_due_date_assumes_the_third_party_uses_its_fifteen_days()
    {
        // 《条例》第三十二条: the pause is bounded by the third party's 15 working days (11-10…11-30),
        // so the due date is known while the consultation runs: 5 days used before, 15 after → 12-21.
        var r = RunOn("2026-11-20", Received("2026-11-02"), E(ApplicationEventType.ThirdPartyConsultationStarted, "2026-11-09"));

        Assert.Equal(ApplicationStage.Paused, r.Stage);
        Assert.Equal(D("2026-12-21"), r.DueOn);
        Assert.Equal(D("2026-11-30"), Assert.Single(r.Pauses).Limit);
        Assert.Contains(r.Explanation, l => l.Contains("对方答复期限至2026年11月30日"));
    }

    [Fact]
    public void Consultation_cannot_end_before_it_starts_or_start_twice()
    {
        Assert.Contains("没有进行中", Refused(Received("2026-11-02"), E(ApplicationEventType.ThirdPartyConsultationEnded, "2026-11-09")));
        Assert.Contains("尚未结束", Refused(Received("2026-11-02"), E(ApplicationEventType.ThirdPartyConsultationStarted, "2026-11-09"),
            E(ApplicationEventType.ThirdPartyConsultationStarted, "2026-11-10")));
    }

    [Fact]
    public void Extension_adds_at_most_twenty_working_days()
    {
        var r = Run(Received("2026-11-02"), Extension("2026-11-20", 20));

        Assert.Equal(D("2026-12-28"), r.DueOn);
        Assert.Equal(40, r.WorkingDaysAllowed);
        Assert.Equal("王主任", r.ExtensionApprover);
        Assert.Contains(r.Explanation, l => l.Contains("王主任") && l.Contains("延长答复期限20个工作日"));
        Assert.Contains("最长不得超过20个工作日", Refused(Received("2026-11-02"), Extension("2026-11-20", 21)));
        Assert.Contains("1至20", Refused(Received("2026-11-02"), Extension("2026-11-20", 0)));
    }

    [Fact]
    public void Extension_is_allowed_once()
    {
        var message = Refused(Received("2026-11-02"), Extension("2026-11-20", 5), Extension("2026-11-23", 5));

        Assert.Contains("只能延长一次", message);
    }

    [Fact]
    public void Extension_needs_the_approver_and_must_come_before_the_deadline()
    {
        Assert.Contains("批准人", Refused(Received("2026-11-02"), Extension("2026-11-20", 10, " ")));
        Assert.Contains("期限届满", Refused(Received("2026-11-02"), Extension("2026-12-01", 10)));
        Assert.Equal(D("2026-12-14"), Run(Received("2026-11-02"), Extension("2026-11-30", 10)).DueOn);
    }

    [Fact]
    public void Fee_notice_pauses_the_clock_by_default_until_payment()
    {
        var events = new[]
        {
            Received("2026-11-02"), E(ApplicationEventType.FeeNoticeSent, "2026-11-09"), E(ApplicationEventType.FeePaid, "2026-11-13"),
        };

        Assert.Equal(D("2026-12-04"), Run(events).DueOn);
        Assert.Equal(D("2026-11-30"), Run(new ClockSettings(PauseWhileFeeNoticeOpen: false), events).DueOn);
    }

    [Fact]
    public void Fee_must_be_paid_within_twenty_working_days_or_the_case_closes_as_feeUnpaid()
    {
        // Pay-by: 20 working days after 11-09 = 12-07.
        var notice = E(ApplicationEventType.FeeNoticeSent, "2026-11-09");
        Assert.Equal(D("2026-12-07"), Run(Received("2026-11-02"), notice).FeePayBy);
        Assert.Contains("逾期未缴费", Refused(Received("2026-11-02"), notice, E(ApplicationEventType.FeePaid, "2026-12-08")));
        Assert.Contains("尚未届满", Refused(Received("2026-11-02"), notice, E(ApplicationEventType.FeeUnpaid, "2026-12-07")));

        var r = Run(Received("2026-11-02"), notice, E(ApplicationEventType.FeeUnpaid, "2026-12-08"));
        Assert.Equal("other.feeUnpaid", r.Outcome);
        Assert.False(r.IsOpen);
    }

    [Fact]
    public void Reply_with_an_open_fee_notice_or_consultation_is_refused()
    {
        Assert.Contains("尚未缴费", Refused(Received("2026-11-02"), E(ApplicationEventType.FeeNoticeSent, "2026-11-09"), Reply("2026-11-20")));
        Assert.Contains("请先登记结束", Refused(Received("2026-11-02"), E(ApplicationEventType.OrganConsultationStarted, "2026-11-09"), Reply("2026-11-20")));
    }

    [Fact]
    public void Reply_before_receipt_is_refused_with_both_dates()
    {
        var message = Refused(Received("2026-11-02"), Reply("2026-10-30"));

        Assert.Contains("早于收到申请之日", message);
        Assert.Contains("2026年10月30日", message);
        Assert.Contains("2026年11月2日", message);
        Assert.Contains("尚未登记收到申请", Refused(Reply("2026-11-02")));
    }

    [Fact]
    public void Reply_has_exactly_one_known_outcome()
    {
        Assert.Contains("一种答复结果", Refused(Received("2026-11-02"), Reply("2026-11-10", " ")));
        Assert.Contains("未知的答复结果", Refused(Received("2026-11-02"), Reply("2026-11-10", "granted,denied.stateSecret")));
        var r = Run(Received("2026-11-02"), Reply("2026-11-10", "denied.processInfo"));
        Assert.Equal("denied.processInfo", r.Outcome);
        Assert.Equal(ApplicationStage.Replied, r.Stage);
        Assert.False(r.RepliedLate);
    }

    [Fact]
    public void Late_reply_is_recorded_and_flagged()
    {
        var r = Run(Received("2026-11-02"), Reply("2026-12-01"));

        Assert.True(r.RepliedLate);
        Assert.Contains(r.Explanation, l => l.Contains("超过答复期限"));
    }

    [Fact]
    public void Open_case_past_its_due_date_is_overdue()
    {
        var r = Run(Received("2026-11-02"));

        Assert.False(r.IsOverdue(D("2026-11-30")));
        Assert.True(r.IsOverdue(D("2026-12-01")));
    }

    [Fact]
    public void Nothing_but_archive_and_appeals_follows_a_reply()
    {
        Assert.Contains("办结", Refused(Received("2026-11-02"), Reply("2026-11-10"), Extension("2026-11-11", 5)));
        Assert.Contains("尚未答复", Refused(Received("2026-11-02"), E(ApplicationEventType.Archived, "2026-11-10")));
        Assert.Contains("尚未答复", Refused(Received("2026-11-02"), E(ApplicationEventType.Reconsideration, "2026-11-10") with { AppealResult = AppealResult.Pending }));
        Assert.Contains("不能重复登记", Refused(Received("2026-11-02"), Received("2026-11-03")));
    }

    [Fact]
    public void Archive_and_appeal_results_are_recorded_after_the_reply()
    {
        var r = Run(Received("2026-11-02"), Reply("2026-11-10", "denied.thirdPartyRights"), E(ApplicationEventType.Archived, "2026-11-12"),
            E(ApplicationEventType.Reconsideration, "2026-11-20") with { AppealResult = AppealResult.Pending },
            E(ApplicationEventType.Reconsideration, "2026-12-20") with { AppealResult = AppealResult.Upheld },
            E(ApplicationEventType.Litigation, "2026-12-25") with { AppealResult = AppealResult.Pending, AfterReconsideration = true });

        Assert.Equal(ApplicationStage.Archived, r.Stage);
        Assert.Equal(AppealResult.Upheld, r.ReconsiderationResult);
        Assert.Equal(AppealResult.Pending, r.LitigationResult);
        Assert.True(r.LitigationAfterReconsideration);
        Assert.Contains("结果", Refused(Received("2026-11-02"), Reply("2026-11-10"), E(ApplicationEventType.Litigation, "2026-11-20")));
    }

    [Fact]
    public void Past_dated_events_recorded_in_any_order_give_the_same_clock()
    {
        ApplicationEvent[] events =
        [
            Received("2020-09-25"), Correction("2020-09-28", "2020-10-16"), E(ApplicationEventType.CorrectionReceived, "2020-10-14"),
            E(ApplicationEventType.ThirdPartyConsultationStarted, "2020-10-20"), E(ApplicationEventType.ThirdPartyConsultationEnded, "2020-10-30"),
            Extension("2020-11-05", 10),
        ];
        var inOrder = Run(events);
        var shuffled = Run(events.Reverse().ToArray());

        Assert.Equal(inOrder.DueOn, shuffled.DueOn);
        Assert.Equal(inOrder.Explanation, shuffled.Explanation);
        // From 10-14: paused 10-21…10-30 (8 working days) then 30 working days in all → 2020-12-07.
        Assert.Equal(D("2020-12-07"), inOrder.DueOn);
    }
}
