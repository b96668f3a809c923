using Gongkai.Domain.Applications;

namespace Gongkai.Domain.Tests.Applications;

/// <summary>The field rules of an application (《条例》第二十九条, 第三十一条).</summary>
public class ApplicationInputRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static ApplicationRequest Valid() => new()
    {
        ApplicantType = "naturalPerson",
        ApplicantName = " 张三 ",
        IdNumber = "11010519491231002X",
        Contact = "13800138000",
        Description = "请公开2025年部门预算。",
    };

    private static (CheckedApplication? Result, Dictionary<string, string> Errors) Check(ApplicationRequest request, bool byStaff = false)
    {
        var errors = new Dictionary<string, string>();
        var idNumber = string.IsNullOrWhiteSpace(request.IdNumber) ? null : request.IdNumber.Trim().ToUpperInvariant();
        return (ApplicationInputRules.Check(request, idNumber, byStaff, Today, errors), errors);
    }

    [Fact]
    public void A_complete_online_application_passes_with_the_defaults_of_Article_29()
    {
        var (result, errors) = Check(Valid());

        Assert.Empty(errors);
        Assert.NotNull(result);
        Assert.Equal(ApplicantKind.NaturalPerson, result.Kind);
        Assert.Equal("张三", result.Name);
        Assert.Equal(ApplicationChannel.Online, result.Channel);
        Assert.Equal(("electronic", "online"), (result.FormWanted, result.Delivery));
        Assert.Equal("13800138000", result.Phone);
        Assert.Null(result.ReceivedOn);
    }

    [Fact]
    public void Every_missing_field_is_reported_at_once_in_Chinese()
    {
        var (result, errors) = Check(new ApplicationRequest());

        Assert.Null(result);
        Assert.Equal(["applicantType", "applicantName", "contact", "description"], errors.Keys);
        Assert.Equal("请至少填写一种联系方式（电话、电子邮箱或通信地址）。", errors["contact"]);
    }

    [Fact]
    public void The_contact_shorthand_with_an_at_sign_is_an_email()
    {
        var (result, errors) = Check(Valid() with { Contact = "zhang@example.cn" });

        Assert.Empty(errors);
        Assert.Equal("zhang@example.cn", result!.Email);
        Assert.Null(result.Phone);
    }

    [Fact]
    public void The_public_may_only_apply_online()
    {
        var (result, errors) = Check(Valid() with { Channel = "inPerson", ReceivedOn = Today });

        Assert.Null(result);
        Assert.StartsWith("公众只能在网上提交申请", errors["channel"]);
    }

    [Fact]
    public void A_staff_registration_needs_the_receipt_date_and_except_in_person_its_evidence()
    {
        var (_, errors) = Check(Valid() with { Channel = "registeredMail" }, byStaff: true);

        Assert.Contains("以行政机关签收之日为收到申请之日", errors["receivedOn"]);
        Assert.Contains("如签收单号或确认记录", errors["receiptEvidence"]);

        var (inPerson, none) = Check(Valid() with { Channel = "inPerson", ReceivedOn = Today.AddDays(-1) }, byStaff: true);
        Assert.Empty(none);
        Assert.Equal(Today.AddDays(-1), inPerson!.ReceivedOn);

        var (_, future) = Check(Valid() with { Channel = "inPerson", ReceivedOn = Today.AddDays(1) }, byStaff: true);
        Assert.Equal("收到申请之日不能晚于今天。", future["receivedOn"]);
    }

    [Fact]
    public void A_failing_identity_number_refuses_the_public_form_but_registers_a_paper_one_with_a_warning()
    {
        var bad = Valid() with { IdNumber = "110105194912310021" };

        var (online, errors) = Check(bad);
        Assert.Null(online);
        Assert.True(errors.ContainsKey("idNumber"));

        var (paper, none) = Check(bad with { Channel = "inPerson", ReceivedOn = Today }, byStaff: true);
        Assert.Empty(none);
        Assert.StartsWith("身份证号码未通过校验", paper!.IdNumberWarning);
    }

    [Fact]
    public void An_organisation_is_named_not_identified_by_a_resident_id()
    {
        var (result, errors) = Check(Valid() with { ApplicantType = "legal", ApplicantName = "", IdNumber = null });

        Assert.Null(result);
        Assert.Equal("请填写申请单位名称。", errors["applicantName"]);
        Assert.False(errors.ContainsKey("idNumber"));
    }

    [Fact]
    public void Unknown_form_delivery_and_channel_codes_are_refused()
    {
        var (_, errors) = Check(Valid() with { FormWanted = "fax", Delivery = "pigeon", Channel = "phone" }, byStaff: true);

        Assert.Equal(["formWanted", "delivery", "channel"], errors.Keys);
    }

    [Fact]
    public void The_fields_are_judged_alone_and_errors_found_before_them_are_kept()
    {
        var errors = new Dictionary<string, string> { ["organization"] = "请选择受理申请的行政机关。" };

        var result = ApplicationInputRules.Check(Valid(), "11010519491231002X", false, Today, errors);

        Assert.NotNull(result);
        Assert.Equal(["organization"], errors.Keys);
    }
}
