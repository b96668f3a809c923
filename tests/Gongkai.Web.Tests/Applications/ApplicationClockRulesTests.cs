using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Applications;

/// <summary>The application clock end to end: fee notices counted from receipt
/// (国办函〔2020〕109号), an unanswered third-party consultation ending after 15 working days
/// (《条例》第三十二条), deferral (第三十五条), and what counts as a double submission. The test
/// clock stands on 2026-11-27.</summary>
public sealed class ApplicationClockRulesTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static async Task<int> RegisterByPostAsync(HttpClient api, int organizationId, string receivedOn, string delivery = "mail")
    {
        var body = Body(organizationId, description: "请公开" + Guid.NewGuid().ToString("N")[..8] + "号文件。");
        body["channel"] = "registeredMail";
        body["receivedOn"] = receivedOn;
        body["receiptEvidence"] = "挂号信签收单 XA7654321";
        body["delivery"] = delivery;
        return (await ExpectAsync(HttpStatusCode.Created, api.PostAsJsonAsync("/api/v1/applications", body))).GetProperty("id").GetInt32();
    }

    private static JsonElement Clock(JsonElement staffView) => staffView.GetProperty("clock");

    [Fact]
    public async Task Fee_case_cannot_be_closed_as_unpaid_before_twenty_working_days_from_receipt_of_the_notice_GuobanHan2020_109()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterByPostAsync(api, organ.Id, "2026-10-09");

        // The applicant chose delivery by mail, so the notice goes by post (109号: 通过申请人选择的方式)
        // and, until a receipt is recorded, is deemed received 15 days after posting.
        var sent = await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "feeNoticeSent", on = "2026-10-12", amount = 200 }));
        Assert.True(sent.GetProperty("feeReceiptDeemed").GetBoolean());
        Assert.Equal("2026-10-27", sent.GetProperty("feeNoticeReceivedOn").GetString());

        // The return receipt shows 10-20: pay by 20 working days from 10-21, i.e. 11-17 (not 11-09,
        // 20 working days after sending, which would let the case close on 11-10).
        var received = await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "feeNoticeReceived", on = "2026-10-20", note = "回执签收 XA001" }));
        Assert.False(received.GetProperty("feeReceiptDeemed").GetBoolean());
        Assert.Equal("2026-11-17", received.GetProperty("feePayBy").GetString());
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, api.EventAsync(id, new { type = "feeUnpaid", on = "2026-11-10" }), "尚未届满");

        var closed = await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "feeUnpaid", on = "2026-11-18" }));
        Assert.Equal("other.feeUnpaid", closed.GetProperty("outcome").GetString());
        var view = await ExpectAsync(HttpStatusCode.OK, api.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal("post", view.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "feeNoticeSent").GetProperty("delivery").GetString());
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, api.EventAsync(id, new { type = "extensionApproved", on = "2026-10-13", workingDays = 5, approver = "王主任", delivery = "post" }), "送达方式");
    }

    [Fact]
    public async Task Case_page_says_when_the_third_party_let_fifteen_working_days_pass_and_the_clock_runs_again_Art32()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterByPostAsync(api, organ.Id, "2026-10-09");

        // Letter of 10-12 (electronic): the third party's 15 working days end on 11-02 (10-10 is a
        // make-up Saturday before the letter; none after). Today is 11-27: lapsed, no answer recorded.
        var clock = await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "consultationStarted", party = "thirdParty", on = "2026-10-12", delivery = "electronic" }));
        Assert.Equal("handling", clock.GetProperty("stage").GetString());
        var pause = Assert.Single(clock.GetProperty("pauses").EnumerateArray().ToList());
        Assert.Equal("2026-11-02", pause.GetProperty("limit").GetString());
        Assert.True(pause.GetProperty("lapsed").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, clock.GetProperty("dueOn").ValueKind);

        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("tp-"), (organ.Id, BusinessRole.CaseHandler));
        var page = await handler.GetStringAsync($"/admin/applications/{id}");
        Assert.Contains("第三方未在2026-11-02前提出意见", page);
        Assert.Contains("由本机关依照本条例的规定决定是否公开", page);

        // The organ decides on its own: the reply needs no recorded end of the consultation.
        var replied = await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "replied", on = "2026-11-20", outcome = "granted" }));
        Assert.Equal("replied", replied.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Deferral_under_Art35_sets_the_due_date_and_is_refused_when_not_later_than_Art33()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(api, organ.Id, "2026-11-02");

        await ExpectAsync(HttpStatusCode.UnprocessableEntity, api.EventAsync(id, new { type = "replyDeferred", on = "2026-11-20", deferredTo = "2026-11-27" }), "应晚于第三十三条");
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, api.EventAsync(id, new { type = "extensionApproved", on = "2026-11-20", workingDays = 5, approver = "王主任", deferredTo = "2026-12-31" }), "只能随");
        var clock = await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "replyDeferred", on = "2026-11-20", deferredTo = "2026-12-31", note = "申请人说明理由合理" }));
        Assert.Equal("2026-12-31", clock.GetProperty("dueOn").GetString());
        Assert.Equal("2026-12-31", clock.GetProperty("deferredTo").GetString());
    }

    [Fact]
    public async Task Same_request_registered_with_different_receipt_dates_is_two_applications_and_only_the_same_receipt_is_a_duplicate()
    {
        // a person may ask again (answered, if need be, with notProcessed.repeat); only
        // the same receipt (same channel and date, within the window) is a double submission.
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var body = Body(organ.Id, description: "请公开" + Guid.NewGuid().ToString("N")[..8] + "号文件。");
        body["channel"] = "inPerson";
        body["receivedOn"] = "2026-11-02";

        var first = await ExpectAsync(HttpStatusCode.Created, api.PostAsJsonAsync("/api/v1/applications", body));
        body["receivedOn"] = "2026-11-03";
        var second = await ExpectAsync(HttpStatusCode.Created, api.PostAsJsonAsync("/api/v1/applications", body));
        Assert.NotEqual(first.GetProperty("id").GetInt32(), second.GetProperty("id").GetInt32());
        Assert.Equal("2026-11-03", second.GetProperty("receivedOn").GetString());

        body["channel"] = "fax";
        body["receivedOn"] = "2026-11-02";
        body["receiptEvidence"] = "传真确认记录";
        var byFax = await ExpectAsync(HttpStatusCode.Created, api.PostAsJsonAsync("/api/v1/applications", body));
        Assert.NotEqual(first.GetProperty("id").GetInt32(), byFax.GetProperty("id").GetInt32());

        body["channel"] = "inPerson";
        body.Remove("receiptEvidence");
        var again = await ExpectAsync(HttpStatusCode.OK, api.PostAsJsonAsync("/api/v1/applications", body));
        Assert.Equal(first.GetProperty("id").GetInt32(), again.GetProperty("id").GetInt32());
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("queryPassword").ValueKind);
    }
}
