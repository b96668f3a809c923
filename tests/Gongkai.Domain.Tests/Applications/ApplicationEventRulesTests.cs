using Gongkai.Domain.Applications;

namespace Gongkai.Domain.Tests.Applications;

/// <summary>The rules of an event's own fields, checked before the case is replayed with it.</summary>
public class ApplicationEventRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static readonly ApplicationEventRules.Case Online = new(ApplicationChannel.Online, new DateOnly(2026, 11, 10), "online");

    private static CheckedEvent Check(EventRequest request, ApplicationEventRules.Case? application = null) =>
        ApplicationEventRules.Check(request, application ?? Online, Today);

    private static string Refused(EventRequest request, ApplicationEventRules.Case? application = null) =>
        Assert.Throws<ApplicationRuleException>(() => Check(request, application)).Message;

    [Theory]
    [InlineData("consultationStarted", null, ApplicationEventType.ThirdPartyConsultationStarted)]
    [InlineData("consultationStarted", "organ", ApplicationEventType.OrganConsultationStarted)]
    [InlineData("consultationEnded", "thirdParty", ApplicationEventType.ThirdPartyConsultationEnded)]
    [InlineData("consultationEnded", "Organ", ApplicationEventType.OrganConsultationEnded)]
    [InlineData("correctionDeadlinePassed", null, ApplicationEventType.CorrectionLapsed)]
    [InlineData(" replied ", null, ApplicationEventType.Replied)]
    [InlineData("FEEPAID", null, ApplicationEventType.FeePaid)]
    public void The_API_codes_and_aliases_name_an_event_type(string code, string? party, ApplicationEventType expected) =>
        Assert.Equal(expected, ApplicationEventRules.ParseType(code, party));

    [Fact]
    public void An_unknown_type_is_refused_with_the_list_of_types()
    {
        var message = Refused(new EventRequest { Type = "closed", On = Today });

        Assert.StartsWith("未知的事件类型“closed”", message);
        Assert.Contains("extensionApproved", message);
    }

    [Fact]
    public void An_event_needs_a_date_not_after_today()
    {
        Assert.Equal("请填写事件日期 on（yyyy-MM-dd）。", Refused(new EventRequest { Type = "replied" }));
        Assert.Equal("事件日期（2026-11-21）不能晚于今天（2026-11-20）。", Refused(new EventRequest { Type = "replied", On = Today.AddDays(1) }));
    }

    [Fact]
    public void An_online_application_is_not_received_before_it_was_submitted_but_a_letter_may_be()
    {
        // 《条例》第三十一条第（三）项: online, received on the day both sides confirm; a letter
        // registered later may well have been signed for earlier.
        Assert.Equal("网上申请的收到之日不能早于提交之日。", Refused(new EventRequest { Type = "received", On = new DateOnly(2026, 11, 9) }));

        var letter = Online with { Channel = ApplicationChannel.RegisteredMail };
        Assert.Equal(ApplicationEventType.Received, Check(new EventRequest { Type = "received", On = new DateOnly(2026, 11, 9) }, letter).Type);
    }

    [Fact]
    public void An_appeal_is_pending_unless_a_result_is_given()
    {
        Assert.Equal(AppealResult.Pending, Check(new EventRequest { Type = "reconsideration", On = Today }).AppealResult);
        Assert.Equal(AppealResult.Corrected, Check(new EventRequest { Type = "litigation", On = Today, Result = "corrected" }).AppealResult);
        Assert.Null(Check(new EventRequest { Type = "replied", On = Today, Result = "corrected" }).AppealResult);
        Assert.StartsWith("结果应为", Refused(new EventRequest { Type = "litigation", On = Today, Result = "won" }));
    }

    [Fact]
    public void A_fee_is_given_only_with_a_fee_notice_and_charged_by_volume_from_pages()
    {
        Assert.StartsWith("收费金额（amount）或页数（pages）只能随“发出收费通知”", Refused(new EventRequest { Type = "replied", On = Today, Amount = 10m }));
        Assert.StartsWith("收费金额应为不小于0的金额", Refused(new EventRequest { Type = "feeNoticeSent", On = Today, Amount = 1.005m }));
        Assert.Equal("页数应为不小于0的整数。", Refused(new EventRequest { Type = "feeNoticeSent", On = Today, Pages = -1 }));

        Assert.Equal(12.5m, Check(new EventRequest { Type = "feeNoticeSent", On = Today, Amount = 12.5m, Pages = 999 }).Amount);
        Assert.Equal(FeeCalculator.ByVolume(250).Amount, Check(new EventRequest { Type = "feeNoticeSent", On = Today, Pages = 250 }).Amount);
    }

    [Theory]
    [InlineData("mail", NoticeDelivery.Post)]
    [InlineData("pickup", NoticeDelivery.InPerson)]
    [InlineData("email", NoticeDelivery.Electronic)]
    [InlineData("online", NoticeDelivery.Electronic)]
    public void A_fee_notice_goes_the_way_the_applicant_chose_to_receive_information(string applicantDelivery, NoticeDelivery expected)
    {
        // 国办函〔2020〕109号: 通过申请人选择的方式发出收费通知.
        var application = Online with { ApplicantDelivery = applicantDelivery };

        Assert.Equal(expected, Check(new EventRequest { Type = "feeNoticeSent", On = Today }, application).Delivery);
    }

    [Fact]
    public void A_delivery_is_given_only_with_a_fee_notice_or_consultation_letter()
    {
        Assert.Equal(NoticeDelivery.Post, Check(new EventRequest { Type = "consultationStarted", On = Today, Delivery = "post" }).Delivery);
        Assert.Null(Check(new EventRequest { Type = "consultationStarted", On = Today }).Delivery);
        Assert.StartsWith("送达方式（delivery）只能随", Refused(new EventRequest { Type = "replied", On = Today, Delivery = "post" }));
        Assert.StartsWith("送达方式应为", Refused(new EventRequest { Type = "feeNoticeSent", On = Today, Delivery = "pigeon" }));
    }

    [Fact]
    public void A_deferred_date_is_given_only_with_an_Article_35_deferral()
    {
        Assert.StartsWith("延迟答复期限（deferredTo）只能随", Refused(new EventRequest { Type = "extensionApproved", On = Today, DeferredTo = Today.AddDays(30) }));
        Assert.Equal(ApplicationEventType.ReplyDeferred, Check(new EventRequest { Type = "replyDeferred", On = Today, DeferredTo = Today.AddDays(30) }).Type);
    }
}
