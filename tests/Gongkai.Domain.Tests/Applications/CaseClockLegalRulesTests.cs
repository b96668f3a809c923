using Gongkai.Domain.Applications;
using static Gongkai.Domain.Tests.Applications.ClockKit;

namespace Gongkai.Domain.Tests.Applications;

/// <summary>The clock rules of REGULATIONS.md §2 reviewed once more: fee notices counted from
/// receipt (国办函〔2020〕109号), consultations that end by themselves (《条例》第三十二条、第三十四条),
/// deferral (第三十五条) and the same-day reply (第三十三条). Each test names its source.</summary>
public class CaseClockLegalRulesTests
{
    private static ApplicationEvent FeeNotice(string on, NoticeDelivery? delivery = null) =>
        E(ApplicationEventType.FeeNoticeSent, on) with { Delivery = delivery };

    private static ApplicationEvent Deferral(string on, string to) => E(ApplicationEventType.ReplyDeferred, on) with { DeferredTo = D(to) };

    [Fact]
    public void Fee_payment_period_runs_from_the_day_after_the_applicant_received_the_notice_GuobanHan2020_109()
    {
        // 109号: 「申请人应当在收到收费通知次日起20个工作日内缴纳费用」. Posted 11-09, signed for 11-16:
        // 20 working days from 11-17 end on 12-14, not on 12-07 (20 working days after sending).
        var received = E(ApplicationEventType.FeeNoticeReceived, "2026-11-16");
        var r = Run(Received("2026-11-02"), FeeNotice("2026-11-09", NoticeDelivery.Post), received);

        Assert.Equal(D("2026-11-16"), r.FeeNoticeReceivedOn);
        Assert.False(r.FeeReceiptDeemed);
        Assert.Equal(D("2026-12-14"), r.FeePayBy);
        Assert.Contains(r.Explanation, l => l.Contains("2026年11月16日收到收费通知") && l.Contains("2026年12月14日"));

        // The case cannot be closed as 逾期未缴费 on the day after the old (sent-based) limit …
        var early = Refused(Received("2026-11-02"), FeeNotice("2026-11-09", NoticeDelivery.Post), received, E(ApplicationEventType.FeeUnpaid, "2026-12-08"));
        Assert.Contains("尚未届满", early);
        Assert.Contains("2026年12月14日", early);
        // … a payment up to the new limit is in time, and only after it is the case closed.
        Assert.Equal(D("2026-12-14"), Run(Received("2026-11-02"), FeeNotice("2026-11-09", NoticeDelivery.Post), received, E(ApplicationEventType.FeePaid, "2026-12-14")).FeePayBy);
        Assert.Equal("other.feeUnpaid", Run(Received("2026-11-02"), FeeNotice("2026-11-09", NoticeDelivery.Post), received, E(ApplicationEventType.FeeUnpaid, "2026-12-15")).Outcome);
    }

    [Fact]
    public void Posted_fee_notice_without_a_return_receipt_is_deemed_received_after_the_configured_days_GuobanHan2020_109_setting()
    {
        // Default setting: 15 calendar days after posting (11-09 → 11-24); pay by 20 working days after → 12-22.
        var r = Run(Received("2026-11-02"), FeeNotice("2026-11-09", NoticeDelivery.Post));
        Assert.True(r.FeeReceiptDeemed);
        Assert.Equal(D("2026-11-24"), r.FeeNoticeReceivedOn);
        Assert.Equal(D("2026-12-22"), r.FeePayBy);
        Assert.Contains(r.Explanation, l => l.Contains("推定为发出之日起第15日收到"));

        // A district that sets 7 days: deemed received 11-16, pay by 12-14.
        var seven = Run(new ClockSettings(PostDeemedReceiptDays: 7), Received("2026-11-02"), FeeNotice("2026-11-09", NoticeDelivery.Post));
        Assert.Equal(D("2026-12-14"), seven.FeePayBy);
    }

    [Fact]
    public void Electronic_or_handed_over_fee_notice_is_received_the_day_it_is_sent_GuobanHan2020_109()
    {
        Assert.Equal(D("2026-12-07"), Run(Received("2026-11-02"), FeeNotice("2026-11-09", NoticeDelivery.Electronic)).FeePayBy);
        Assert.Equal(D("2026-12-07"), Run(Received("2026-11-02"), FeeNotice("2026-11-09", NoticeDelivery.InPerson)).FeePayBy);
    }

    [Fact]
    public void Receipt_of_a_fee_notice_is_recorded_once_and_only_for_an_open_notice()
    {
        Assert.Contains("没有待缴费的收费通知", Refused(Received("2026-11-02"), E(ApplicationEventType.FeeNoticeReceived, "2026-11-10")));
        Assert.Contains("不能重复登记", Refused(Received("2026-11-02"), FeeNotice("2026-11-09", NoticeDelivery.Post),
            E(ApplicationEventType.FeeNoticeReceived, "2026-11-12"), E(ApplicationEventType.FeeNoticeReceived, "2026-11-13")));
        Assert.Contains("没有待缴费的收费通知", Refused(Received("2026-11-02"), FeeNotice("2026-11-09"),
            E(ApplicationEventType.FeePaid, "2026-11-10"), E(ApplicationEventType.FeeNoticeReceived, "2026-11-11")));
    }

    [Fact]
    public void Unpaid_fee_notice_pauses_the_clock_only_until_the_payment_limit_GuobanHan2020_109()
    {
        // Electronic notice 11-09: pay by 12-07. Unpaid, the pause ends there: 5 days used before,
        // 15 from 12-08 → due 12-28, and the case page asks for the case to be closed as 逾期未缴费.
        var r = RunOn("2026-12-08", Received("2026-11-02"), FeeNotice("2026-11-09"));

        Assert.Equal(D("2026-12-28"), r.DueOn);
        Assert.Equal(ApplicationStage.Handling, r.Stage);
        Assert.Contains(r.Explanation, l => l.Contains("视为放弃申请") && l.Contains("逾期未缴费"));
        Assert.Equal(ApplicationStage.Paused, RunOn("2026-12-07", Received("2026-11-02"), FeeNotice("2026-11-09")).Stage);
    }

    [Fact]
    public void Third_party_silent_for_fifteen_working_days_ends_the_pause_and_the_organ_decides_Art32()
    {
        // Letter 11-09; the third party's 15 working days end 11-30. No answer recorded: the
        // pause ends on 11-30, the clock counts again from 12-01 and the due date is 12-21.
        var events = new[] { Received("2026-11-02"), E(ApplicationEventType.ThirdPartyConsultationStarted, "2026-11-09") };
        var r = RunOn("2026-12-02", events);

        Assert.Equal(ApplicationStage.Handling, r.Stage);
        Assert.Equal(D("2026-12-21"), r.DueOn);
        var lapsed = Assert.Single(r.LapsedPauses(D("2026-12-02")));
        Assert.Equal(D("2026-11-30"), lapsed.Limit);
        Assert.Contains(r.Explanation, l => l.Contains("第三方未在2026年11月30日前提出意见") && l.Contains("由行政机关依照本条例的规定决定是否公开"));
        var pause = Assert.Single(r.Segments, s => s.Kind == ClockSegmentKind.Paused);
        Assert.Equal((D("2026-11-10"), D("2026-11-30"), 15), (pause.From, pause.To, pause.WorkingDays));

        // The organ may reply without recording an answer once the 15 days are over, not before.
        Assert.Equal("granted", Run([.. events, Reply("2026-12-01")]).Outcome);
        Assert.Contains("请先登记结束", Refused([.. events, Reply("2026-11-30")]));
    }

    [Fact]
    public void Late_third_party_answer_does_not_stretch_the_pause_past_fifteen_working_days_Art32()
    {
        var r = Run(Received("2026-11-02"), E(ApplicationEventType.ThirdPartyConsultationStarted, "2026-11-09"),
            E(ApplicationEventType.ThirdPartyConsultationEnded, "2026-12-04"));

        Assert.Equal(D("2026-11-30"), Assert.Single(r.Pauses).End);
        Assert.Equal(D("2026-12-21"), r.DueOn);
        Assert.Contains(r.Explanation, l => l.Contains("暂停计时只到2026年11月30日"));
    }

    [Fact]
    public void Consultation_letter_sent_by_post_gives_the_third_party_fifteen_working_days_from_deemed_receipt_Art32()
    {
        // Posted 11-09, deemed received 11-24 (15 days): 15 working days from 11-25 end 12-15.
        var r = Run(Received("2026-11-02"), E(ApplicationEventType.ThirdPartyConsultationStarted, "2026-11-09") with { Delivery = NoticeDelivery.Post });

        Assert.Equal(D("2026-12-15"), Assert.Single(r.Pauses).Limit);
    }

    [Fact]
    public void Other_organ_silent_for_fifteen_working_days_counts_as_consent_and_ends_the_pause_Art34()
    {
        var r = RunOn("2026-12-02", Received("2026-11-02"), E(ApplicationEventType.OrganConsultationStarted, "2026-11-09"));

        Assert.Equal(D("2026-12-21"), r.DueOn);
        Assert.Equal(ApplicationStage.Handling, r.Stage);
        Assert.Contains(r.Explanation, l => l.Contains("视为同意公开"));
    }

    [Fact]
    public void Deferral_sets_a_later_reply_date_before_the_Art33_period_ends_Art35()
    {
        // Received 11-02, Art. 33 due 11-30. Deferred on 11-20 to 12-31: the new due date.
        var r = Run(Received("2026-11-02"), Deferral("2026-11-20", "2026-12-31"));
        Assert.Equal(D("2026-12-31"), r.DueOn);
        Assert.Equal(D("2026-12-31"), r.DeferredTo);
        Assert.Contains(r.Explanation, l => l.Contains("第三十五条") && l.Contains("2026年12月31日"));
        Assert.False(Run(Received("2026-11-02"), Deferral("2026-11-20", "2026-12-31"), Reply("2026-12-30")).RepliedLate);
        Assert.True(Run(Received("2026-11-02"), Deferral("2026-11-20", "2026-12-18"), Reply("2026-12-21")).RepliedLate);

        Assert.Contains("应晚于第三十三条", Refused(Received("2026-11-02"), Deferral("2026-11-20", "2026-11-27")));
        Assert.Contains("届满前", Refused(Received("2026-11-02"), Deferral("2026-12-01", "2026-12-31")));
        Assert.Contains("合理期限", Refused(Received("2026-11-02"), E(ApplicationEventType.ReplyDeferred, "2026-11-20")));
        Assert.Contains("不能再次确定", Refused(Received("2026-11-02"), Deferral("2026-11-20", "2026-12-21"), Deferral("2026-11-23", "2026-12-31")));
    }

    [Fact]
    public void Deferral_may_follow_an_extension_but_no_extension_follows_a_deferral_Art33_Art35()
    {
        // Extended by 20 on 11-20 (due 12-28), then deferred on 12-10 to 12-31.
        Assert.Equal(D("2026-12-31"), Run(Received("2026-11-02"), Extension("2026-11-20", 20), Deferral("2026-12-10", "2026-12-31")).DueOn);
        Assert.Contains("应晚于第三十三条", Refused(Received("2026-11-02"), Extension("2026-11-20", 20), Deferral("2026-12-10", "2026-12-24")));
        Assert.Contains("不能再延长", Refused(Received("2026-11-02"), Deferral("2026-11-20", "2026-12-31"), Extension("2026-11-23", 5)));
    }

    [Fact]
    public void Reply_on_the_day_of_receipt_is_the_on_the_spot_reply_Art33()
    {
        // 《条例》第三十三条: 能够当场答复的，应当当场予以答复.
        var r = Run(Received("2026-11-02"), Reply("2026-11-02", "notProcessed.publication"));

        Assert.Equal(ApplicationStage.Replied, r.Stage);
        Assert.False(r.RepliedLate);
    }

    [Fact]
    public void Day_one_is_the_day_after_receipt_by_default_and_the_day_of_receipt_when_so_configured_REGULATIONS_2_1()
    {
        // 次日 rule (commentary, REGULATIONS.md §2.1): received Mon 11-02, day 1 = 11-03, due 11-30.
        Assert.Equal(D("2026-11-30"), Run(Received("2026-11-02")).DueOn);
        // Counting the day of receipt: day 1 = 11-02, due 11-27; the 7-day correction limit moves alike.
        var sameDay = new ClockSettings(CountFromNextDay: false);
        var r = Run(sameDay, Received("2026-11-02"));
        Assert.Equal(D("2026-11-27"), r.DueOn);
        Assert.Equal(D("2026-11-02"), r.Segments[0].From);
        Assert.Contains(r.Explanation, l => l.Contains("当日计入"));
        Assert.Throws<ApplicationRuleException>(() => Run(sameDay, Received("2026-11-02"), Correction("2026-11-11", "2026-11-20")));
        Run(sameDay, Received("2026-11-02"), Correction("2026-11-10", "2026-11-20"));
        Run(Received("2026-11-02"), Correction("2026-11-11", "2026-11-20"));
    }

    [Fact]
    public void Deemed_receipt_defaults_are_electronic_same_day_and_post_fifteen_days()
    {
        var s = ClockSettings.Default;
        Assert.Equal(D("2026-11-09"), s.DeemedReceipt(D("2026-11-09"), NoticeDelivery.Electronic));
        Assert.Equal(D("2026-11-09"), s.DeemedReceipt(D("2026-11-09"), null));
        Assert.Equal(D("2026-11-09"), s.DeemedReceipt(D("2026-11-09"), NoticeDelivery.InPerson));
        Assert.Equal(D("2026-11-24"), s.DeemedReceipt(D("2026-11-09"), NoticeDelivery.Post));
        Assert.Equal(NoticeDelivery.Post, NoticeDeliveries.Parse(" POST "));
        Assert.Null(NoticeDeliveries.Parse("fax"));
    }
}
