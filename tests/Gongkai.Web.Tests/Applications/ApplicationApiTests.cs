using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;
using Gongkai.Web.Shared.Privacy;

namespace Gongkai.Web.Tests.Applications;

public sealed class ApplicationApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Online_application_gets_a_tracking_code_and_password_and_waits_for_the_organ_to_confirm_receipt()
    {
        var organ = await factory.NewOrganAsync();
        var json = await ExpectAsync(HttpStatusCode.Created, factory.CreateClient().PostAsJsonAsync("/api/v1/applications", Body(organ.Id)));

        Assert.StartsWith("YS", json.GetProperty("trackingCode").GetString());
        var password = json.GetProperty("queryPassword").GetString()!;
        Assert.Equal(8, password.Length);
        Assert.Equal("awaitingConfirmation", json.GetProperty("stage").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("dueOn").ValueKind);

        var id = json.GetProperty("id").GetInt32();
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Set<DisclosureApplication>().SingleAsync(a => a.Id == id);
            Assert.DoesNotContain(password, stored.QueryPasswordHash);
            Assert.True(QueryPassword.Verify(password, stored.QueryPasswordHash));
        });

        // Art. 31(三): received on the day the organ confirms it; then the clock runs.
        var handler = await factory.CaseHandlerAsync(organ.Id);
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, handler.EventAsync(id, new { type = "received", on = "2026-11-26" }), "不能早于提交之日");
        var clock = await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(id, new { type = "received", on = "2026-11-27" }));
        Assert.Equal("2026-12-25", clock.GetProperty("dueOn").GetString());
        Assert.Equal("handling", clock.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Identity_number_phone_address_and_email_are_stored_encrypted_with_an_exact_match_index()
    {
        var organ = await factory.NewOrganAsync();
        var idNumber = ValidIdNumber();
        var json = await ExpectAsync(HttpStatusCode.Created, factory.CreateClient().PostAsJsonAsync("/api/v1/applications", Body(organ.Id, idNumber)));
        var id = json.GetProperty("id").GetInt32();

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var stored = await db.Set<DisclosureApplication>().AsNoTracking().SingleAsync(a => a.Id == id);
        var everyColumn = string.Join("|", typeof(DisclosureApplication).GetProperties().Select(p => p.GetValue(stored)?.ToString()));
        Assert.DoesNotContain(idNumber, everyColumn);
        Assert.DoesNotContain("13812345678", everyColumn);
        Assert.DoesNotContain("zhangsan@example.com", everyColumn);
        Assert.DoesNotContain("鼎山大道", everyColumn);
        Assert.Equal(idNumber, protector.Decrypt(stored.IdNumberCipher));

        // Exact lookup by identity number or phone without decrypting anything.
        var byId = await db.Set<DisclosureApplication>().Where(a => a.IdNumberIndex == protector.Index(idNumber)).Select(a => a.Id).ToListAsync();
        var byPhone = await db.Set<DisclosureApplication>().Where(a => a.PhoneIndex == protector.Index("138 1234 5678")).Select(a => a.Id).ToListAsync();
        Assert.Equal([id], byId);
        Assert.Contains(id, byPhone);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "keys", "applicant-pi.key")));
    }

    [Fact]
    public async Task Wrong_check_digit_is_refused_online_and_accepted_with_a_warning_on_staff_registration()
    {
        var organ = await factory.NewOrganAsync();
        var wrong = WrongCheckDigit(ValidIdNumber());
        await ExpectAsync(HttpStatusCode.BadRequest, factory.CreateClient().PostAsJsonAsync("/api/v1/applications", Body(organ.Id, wrong)), "校验位不正确");

        var handler = await factory.CaseHandlerAsync(organ.Id);
        var body = Body(organ.Id, wrong);
        body["channel"] = "inPerson";
        body["receivedOn"] = "2026-11-20";
        var json = await ExpectAsync(HttpStatusCode.Created, handler.PostAsJsonAsync("/api/v1/applications", body));
        Assert.Contains("校验位不正确", json.GetProperty("idNumberWarning").GetString());
        var view = await ExpectAsync(HttpStatusCode.OK, handler.GetAsync($"/api/v1/applications/{json.GetProperty("id").GetInt32()}"));
        Assert.Contains("请与申请人核实", view.GetProperty("applicant").GetProperty("idNumberWarning").GetString());
    }

    [Fact]
    public async Task Missing_fields_unknown_organ_and_offline_channels_from_the_public_are_refused_with_nothing_saved()
    {
        var organ = await factory.NewOrganAsync();
        var anonymous = factory.CreateClient();
        var before = await CountAsync();

        var empty = await ExpectAsync(HttpStatusCode.BadRequest, anonymous.PostAsJsonAsync("/api/v1/applications", new { organization = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.True(empty.GetProperty("errors").TryGetProperty("description", out _));
        Assert.True(empty.GetProperty("errors").TryGetProperty("applicantType", out _));

        var unknown = Body(organ.Id);
        unknown["organization"] = "不存在的局";
        await ExpectAsync(HttpStatusCode.BadRequest, anonymous.PostAsJsonAsync("/api/v1/applications", unknown), "organization");

        var paper = Body(organ.Id);
        paper["channel"] = "registeredMail";
        await ExpectAsync(HttpStatusCode.BadRequest, anonymous.PostAsJsonAsync("/api/v1/applications", paper), "工作人员登记");

        var handler = await factory.CaseHandlerAsync(organ.Id);
        var noEvidence = Body(organ.Id);
        noEvidence["channel"] = "registeredMail";
        noEvidence["receivedOn"] = "2026-11-02";
        await ExpectAsync(HttpStatusCode.BadRequest, handler.PostAsJsonAsync("/api/v1/applications", noEvidence), "签收之日");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Staff_registration_of_a_mailed_application_starts_the_clock_on_the_day_signed_for()
    {
        var organ = await factory.NewOrganAsync();
        var handler = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(handler, organ.Id, "2026-11-02");

        var view = await ExpectAsync(HttpStatusCode.OK, handler.GetAsync($"/api/v1/applications/{id}"));
        var clock = view.GetProperty("clock");
        Assert.Equal("2026-11-02", clock.GetProperty("receivedOn").GetString());
        Assert.Equal("2026-11-30", clock.GetProperty("dueOn").GetString());
        Assert.Contains(clock.GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("次日起计算20个工作日"));
        Assert.Equal("挂号信签收单 XA1234567", view.GetProperty("receiptEvidence").GetString());
        Assert.Equal("13812345678", view.GetProperty("applicant").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Events_drive_the_clock_and_a_rule_broken_saves_nothing()
    {
        var organ = await factory.NewOrganAsync();
        var handler = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(handler, organ.Id, "2026-11-02");

        await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(id, new { type = "consultationStarted", on = "2026-11-09" }));
        var ended = await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(id, new { type = "consultationEnded", on = "2026-11-13" }));
        Assert.Equal("2026-12-04", ended.GetProperty("dueOn").GetString());
        await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(id, new { type = "extensionApproved", on = "2026-11-20", workingDays = 10, approver = "李主任" }));

        await ExpectAsync(HttpStatusCode.UnprocessableEntity, handler.EventAsync(id, new { type = "extensionApproved", on = "2026-11-23", workingDays = 5, approver = "李主任" }), "只能延长一次");
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, handler.EventAsync(id, new { type = "replied", on = "2026-10-30", outcome = "granted" }), "早于收到申请之日");
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, handler.EventAsync(id, new { type = "replied", on = "2026-11-25" }), "一种答复结果");
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, handler.EventAsync(id, new { type = "replied", on = "2026-12-25", outcome = "granted" }), "不能晚于今天");
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, handler.EventAsync(id, new { type = "teleported", on = "2026-11-25" }), "未知的事件类型");

        var view = await ExpectAsync(HttpStatusCode.OK, handler.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal(4, view.GetProperty("events").GetArrayLength());
        Assert.Equal("2026-12-18", view.GetProperty("clock").GetProperty("dueOn").GetString());

        var replied = await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(id, new { type = "replied", on = "2026-11-26", outcome = "partlyGranted" }));
        Assert.Equal("replied", replied.GetProperty("stage").GetString());
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Set<DisclosureApplication>().SingleAsync(a => a.Id == id);
            Assert.Equal(("partlyGranted", new DateOnly(2026, 11, 26), false), (stored.Outcome, stored.RepliedOn!.Value, stored.IsOpen));
            // The column holds the applicant kind's code, as before it was an enum in code.
            var storedKind = await db.Database.SqlQuery<string>($"SELECT \"ApplicantKind\" AS \"Value\" FROM \"DisclosureApplications\" WHERE \"Id\" = {id}").SingleAsync();
            Assert.Equal("naturalPerson", storedKind);
        });
    }

    [Fact]
    public async Task Only_the_organs_case_handlers_and_district_supervisors_see_a_case()
    {
        var organ = await factory.NewOrganAsync();
        var other = await factory.NewOrganAsync();
        var handler = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(handler, organ.Id);

        var otherClerk = await factory.CaseHandlerAsync(other.Id);
        await ExpectAsync(HttpStatusCode.NotFound, otherClerk.GetAsync($"/api/v1/applications/{id}"));
        await ExpectAsync(HttpStatusCode.NotFound, otherClerk.EventAsync(id, new { type = "replied", on = "2026-11-20", outcome = "granted" }));
        var editor = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        await ExpectAsync(HttpStatusCode.NotFound, editor.GetAsync($"/api/v1/applications/{id}"));
        await ExpectAsync(HttpStatusCode.Unauthorized, factory.CreateClient().GetAsync($"/api/v1/applications/{id}"));

        var supervisor = await factory.ApiStaffAsync((other.Id, BusinessRole.Supervisor));
        await ExpectAsync(HttpStatusCode.OK, supervisor.GetAsync($"/api/v1/applications/{id}"));
        await ExpectAsync(HttpStatusCode.Forbidden, supervisor.EventAsync(id, new { type = "replied", on = "2026-11-20", outcome = "granted" }), "经办人");
        var body = Body(organ.Id);
        body["channel"] = "inPerson";
        body["receivedOn"] = "2026-11-20";
        await ExpectAsync(HttpStatusCode.Forbidden, otherClerk.PostAsJsonAsync("/api/v1/applications", body));
    }

    [Fact]
    public async Task Every_view_of_the_applicants_personal_data_is_in_the_audit_log()
    {
        var organ = await factory.NewOrganAsync();
        var handler = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(handler, organ.Id);
        var target = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await AuditCountAsync("application.pi.viewed", target);

        await ExpectAsync(HttpStatusCode.OK, handler.GetAsync($"/api/v1/applications/{id}"));
        await ExpectAsync(HttpStatusCode.OK, handler.GetAsync($"/api/v1/applications/{id}"));

        Assert.Equal(before + 2, await AuditCountAsync("application.pi.viewed", target));
        Assert.Equal(1, await AuditCountAsync("application.registered", target));
    }

    [Fact]
    public async Task Double_submission_of_the_same_form_creates_one_application()
    {
        var organ = await factory.NewOrganAsync();
        var client = factory.CreateClient();
        var body = Body(organ.Id, description: "请公开" + Guid.NewGuid().ToString("N"));
        body["formToken"] = Guid.NewGuid().ToString("N");
        var first = await ExpectAsync(HttpStatusCode.Created, client.PostAsJsonAsync("/api/v1/applications", body));
        var second = await ExpectAsync(HttpStatusCode.OK, client.PostAsJsonAsync("/api/v1/applications", body));
        Assert.Equal(first.GetProperty("trackingCode").GetString(), second.GetProperty("trackingCode").GetString());
        Assert.True(second.GetProperty("duplicate").GetBoolean());
        // Never a new password for a double submission: the first one stays valid.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("queryPassword").ValueKind);

        // Same content without the token or with another one (a resend from another tab): still one.
        body.Remove("formToken");
        var third = await ExpectAsync(HttpStatusCode.OK, client.PostAsJsonAsync("/api/v1/applications", body));
        Assert.Equal(first.GetProperty("id").GetInt32(), third.GetProperty("id").GetInt32());
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Set<DisclosureApplication>().SingleAsync(a => a.Id == first.GetProperty("id").GetInt32());
            Assert.True(QueryPassword.Verify(first.GetProperty("queryPassword").GetString()!, stored.QueryPasswordHash));
        });

        // After the window the same content is a new (repeat) application, as the law allows.
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var fourth = await ExpectAsync(HttpStatusCode.Created, client.PostAsJsonAsync("/api/v1/applications", body));
        Assert.NotEqual(first.GetProperty("id").GetInt32(), fourth.GetProperty("id").GetInt32());
    }

    private async Task<int> CountAsync()
    {
        var n = 0;
        await factory.WithDbAsync(async db => n = await db.Set<DisclosureApplication>().CountAsync());
        return n;
    }

    private async Task<int> AuditCountAsync(string type, string target)
    {
        var n = 0;
        await factory.WithDbAsync(async db => n = await db.Set<AuditEntry>().CountAsync(e => e.EventType == type && e.TargetId == target));
        return n;
    }
}
