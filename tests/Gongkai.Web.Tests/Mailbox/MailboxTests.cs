using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Mailbox;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;
using static Gongkai.Web.Tests.Mailbox.MailboxTestKit;

namespace Gongkai.Web.Tests.Mailbox;

public sealed class MailboxTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Reply_deadline_of_a_letter_received_before_National_Day_2020_skips_the_holiday_and_counts_the_make_up_Saturday()
    {
        // Received Mon 2020-09-28. Working days after it: 09-29 (1), 09-30 (2); 10-01…10-08 are the
        // 国庆·中秋 holiday; 10-09 Fri (3), 10-10 Sat make-up working day (4), 10-12…10-16 (5–9), 10-19 Mon (10).
        var (_, office) = await factory.OfficeAsync();
        var body = Letter();
        body["receivedOn"] = "2020-09-28";
        var json = await SubmitAsync(office, body);
        Assert.Equal("2020-09-28", json.GetProperty("receivedOn").GetString());
        Assert.Equal("2020-09-29", json.GetProperty("signOffBy").GetString());
        Assert.Equal("2020-10-19", json.GetProperty("replyBy").GetString());

        var letter = await ExpectAsync(HttpStatusCode.OK, office.GetAsync($"{Letters}/{json.GetProperty("id").GetInt32()}"));
        Assert.Contains("国庆", letter.GetProperty("clock").GetProperty("replyExplanation").GetString());
    }

    [Fact]
    public async Task A_letter_received_on_a_Saturday_counts_from_the_Monday_like_one_received_on_the_Friday()
    {
        // Sat 2026-11-21: day 1 is Mon 11-23, day 10 is Fri 12-04 — the same as for Fri 11-20,
        // whose day 1 is also Mon 11-23. Sign-off (1 working day) is Mon 11-23 for both.
        var (_, office) = await factory.OfficeAsync();
        foreach (var day in new[] { "2026-11-21", "2026-11-20" })
        {
            var body = Letter();
            body["receivedOn"] = day;
            var json = await SubmitAsync(office, body);
            Assert.Equal("2026-11-23", json.GetProperty("signOffBy").GetString());
            Assert.Equal("2026-12-04", json.GetProperty("replyBy").GetString());
        }
    }

    [Fact]
    public async Task Receipt_date_is_refused_from_the_public()
    {
        var body = Letter();
        body["receivedOn"] = "2026-11-01";
        await ExpectAsync(HttpStatusCode.BadRequest, factory.CreateClient().PostAsJsonAsync(Letters, body), "只能由工作人员登记");
    }

    [Fact]
    public async Task A_published_letter_shows_no_phone_ID_number_or_name_on_the_page_the_API_search_or_feeds()
    {
        var (_, office) = await factory.OfficeAsync();
        var organ = await factory.NewOrganAsync();
        var handler = await factory.ApiStaffAsync((organ.Id, BusinessRole.CaseHandler));
        var marker = SearchTestKit.Marker();
        var idNumber = ValidIdNumber();
        var body = Letter("关于" + marker + "路灯不亮的投诉");
        body["content"] = $"我是李四，身份证号{idNumber}，手机13912345678。{marker}路段的路灯已经坏了一个月，晚上出行很危险。";
        var id = await factory.RepliedLetterAsync(office, handler, organ.Id, body, "李四您好：已于本周修复" + marker + "路段路灯。");

        var published = await ExpectAsync(HttpStatusCode.OK, office.LetterEventAsync(id, new { type = "published" }));
        var report = published.GetProperty("masking").GetString()!;
        Assert.Contains("身份证号码", report);
        Assert.Contains("手机号码", report);
        Assert.DoesNotContain(idNumber, report);

        var page = await factory.CreateClient().GetStringAsync(MailboxUrls.Letter(id));
        var list = await factory.CreateClient().GetStringAsync($"{Letters}?published=true");
        await factory.IndexedAsync();
        var search = await factory.CreateClient().GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString(marker));
        var searchPage = await factory.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString(marker));
        var feed = await factory.CreateClient().GetStringAsync($"/xxgk/{organ.Id}/atom.xml");
        Assert.Contains(marker, page);
        Assert.Contains("网友", page);
        Assert.Contains(marker, list);
        Assert.Contains(id, factory.AllIds(marker, LetterSearchSource.SourceKind));
        foreach (var text in new[] { page, list, search, searchPage, feed })
        {
            Assert.DoesNotContain(idNumber, text);
            Assert.DoesNotContain("13912345678", text);
            Assert.DoesNotContain("李四", text);
            Assert.DoesNotContain("lisi@example.com", text);
        }
    }

    [Fact]
    public async Task A_letter_whose_writer_did_not_agree_is_counted_but_never_public()
    {
        var (_, office) = await factory.OfficeAsync();
        var organ = await factory.NewOrganAsync();
        var handler = await factory.ApiStaffAsync((organ.Id, BusinessRole.CaseHandler));
        var marker = SearchTestKit.Marker();
        var id = await factory.RepliedLetterAsync(office, handler, organ.Id, Letter("不公开" + marker, publish: false));

        await ExpectAsync(HttpStatusCode.UnprocessableEntity, office.LetterEventAsync(id, new { type = "published" }), "不同意公开");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(MailboxUrls.Letter(id))).StatusCode);
        Assert.DoesNotContain(marker, await factory.CreateClient().GetStringAsync($"{Letters}?published=true"));
        Assert.DoesNotContain(marker, await factory.CreateClient().GetStringAsync("/qzxx"));
        await factory.IndexedAsync();
        Assert.Empty(factory.AllIds(marker, LetterSearchSource.SourceKind));
        var stats = await ExpectAsync(HttpStatusCode.OK, office.GetAsync("/api/v1/mailbox/stats?month=2026-11"));
        Assert.True(stats.GetProperty("notConsented").GetInt32() >= 1);
    }

    [Fact]
    public async Task Monthly_statistics_equal_the_letters_of_that_month()
    {
        var (office, officeClient) = await factory.OfficeAsync();
        var organ = await factory.NewOrganAsync();
        var handler = await factory.ApiStaffAsync((organ.Id, BusinessRole.CaseHandler));
        // March 2025, used by no other test: five letters by post, of which two replied (one late) and one published.
        var ids = new List<int>();
        foreach (var (day, type) in new[] { ("2025-03-03", "complaint"), ("2025-03-10", "consultation"), ("2025-03-17", "complaint"), ("2025-03-31", "help"), ("2025-04-01", "help") })
        {
            var body = Letter("三月来信停车难问题" + Guid.NewGuid().ToString("N")[..4], type: type);
            body["receivedOn"] = day;
            ids.Add((await SubmitAsync(officeClient, body)).GetProperty("id").GetInt32());
        }

        foreach (var id in ids.Take(2))
        {
            await ExpectAsync(HttpStatusCode.OK, officeClient.LetterEventAsync(id, new { type = "routed", on = "2025-03-11", organization = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            await ExpectAsync(HttpStatusCode.OK, handler.LetterEventAsync(id, new { type = "signedOff", on = "2025-03-11" }));
        }

        // Received 03-03: due 03-17, answered 03-20 (late). Received 03-10: due 03-24, answered 03-20.
        await ExpectAsync(HttpStatusCode.OK, handler.LetterEventAsync(ids[0], new { type = "replied", on = "2025-03-20", text = "已答复。" }));
        await ExpectAsync(HttpStatusCode.OK, handler.LetterEventAsync(ids[1], new { type = "replied", on = "2025-03-20", text = "已答复。", topic = "交通" }));
        await ExpectAsync(HttpStatusCode.OK, officeClient.LetterEventAsync(ids[1], new { type = "published" }));

        var stats = await ExpectAsync(HttpStatusCode.OK, factory.CreateClient().GetAsync("/api/v1/mailbox/stats?month=2025-03"));
        await factory.WithDbAsync(async db =>
        {
            var march = db.Set<MailboxLetter>().Where(l => l.ReceivedOn >= new DateOnly(2025, 3, 1) && l.ReceivedOn <= new DateOnly(2025, 3, 31));
            Assert.Equal(await march.CountAsync(), stats.GetProperty("received").GetInt32());
        });
        Assert.Equal(4, stats.GetProperty("received").GetInt32());
        Assert.Equal(2, stats.GetProperty("replied").GetInt32());
        Assert.Equal(1, stats.GetProperty("onTime").GetInt32());
        // The late reply, and the unanswered letter of 03-17 (due 03-31; judged on 2025-04-01). The
        // letter of 03-31 is due in April, so not overdue yet.
        Assert.Equal(2, stats.GetProperty("overdue").GetInt32());
        Assert.Equal(1, stats.GetProperty("published").GetInt32());
        var byType = stats.GetProperty("byType").EnumerateArray().ToDictionary(t => t.GetProperty("label").GetString()!, t => t.GetProperty("received").GetInt32());
        Assert.Equal(2, byType["投诉"]);
        Assert.Equal(1, byType["咨询"]);
        Assert.Equal(1, byType["求助"]);
        Assert.Equal(31, stats.GetProperty("timeline").GetArrayLength());
        Assert.Contains(stats.GetProperty("hotTopics").EnumerateArray(), h => h.GetProperty("phrase").GetString()!.Contains("停车", StringComparison.Ordinal));
        Assert.Equal(office, await factory.OrganizationIdAsync("区政府办公室"));

        // The page and the Word export (with native charts) of the published month.
        var page = await factory.CreateClient().GetStringAsync("/qzxx/analysis?month=2025-03");
        Assert.Contains("<svg", page);
        Assert.Contains("polyline", page);
        var docx = await factory.CreateClient().GetByteArrayAsync("/qzxx/analysis/2025-03.docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal(3, doc.MainDocumentPart!.ChartParts.Count());
        Assert.Empty(new OpenXmlValidator().Validate(doc));
    }

    [Fact]
    public async Task The_current_month_is_published_only_after_it_ends_but_the_district_office_sees_it_any_time()
    {
        var (_, office) = await factory.OfficeAsync();
        await ExpectAsync(HttpStatusCode.NotFound, factory.CreateClient().GetAsync("/api/v1/mailbox/stats?month=2026-11"), "该月结束后公布");
        await ExpectAsync(HttpStatusCode.OK, office.GetAsync("/api/v1/mailbox/stats?month=2026-11"));
        await ExpectAsync(HttpStatusCode.BadRequest, factory.CreateClient().GetAsync("/api/v1/mailbox/stats?month=2026-13"), "yyyy-MM");
    }

    [Fact]
    public async Task An_organ_sees_only_the_letters_routed_to_it()
    {
        var (_, office) = await factory.OfficeAsync();
        var organA = await factory.NewOrganAsync();
        var organB = await factory.NewOrganAsync();
        var handlerA = await factory.ApiStaffAsync((organA.Id, BusinessRole.CaseHandler));
        var handlerB = await factory.ApiStaffAsync((organB.Id, BusinessRole.CaseHandler));
        var subject = "只给乙机关的来信" + Guid.NewGuid().ToString("N")[..6];
        var id = (await SubmitAsync(factory.CreateClient(), Letter(subject))).GetProperty("id").GetInt32();

        // Before routing, neither organ sees it.
        await ExpectAsync(HttpStatusCode.NotFound, handlerB.GetAsync($"{Letters}/{id}"));
        await ExpectAsync(HttpStatusCode.OK, office.LetterEventAsync(id, new { type = "routed", organization = organB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        await ExpectAsync(HttpStatusCode.NotFound, handlerA.GetAsync($"{Letters}/{id}"));
        await ExpectAsync(HttpStatusCode.NotFound, handlerA.LetterEventAsync(id, new { type = "signedOff" }));
        var seen = await ExpectAsync(HttpStatusCode.OK, handlerB.GetAsync($"{Letters}/{id}"));
        Assert.Equal("13912345678", seen.GetProperty("phone").GetString());

        var webA = await factory.StaffClientAsync("mailbox-a-" + Guid.NewGuid().ToString("N")[..6], (organA.Id, BusinessRole.CaseHandler));
        var webB = await factory.StaffClientAsync("mailbox-b-" + Guid.NewGuid().ToString("N")[..6], (organB.Id, BusinessRole.CaseHandler));
        Assert.DoesNotContain(subject, await webA.GetStringAsync("/admin/mailbox"));
        Assert.Contains(subject, await webB.GetStringAsync("/admin/mailbox"));
        Assert.Equal(HttpStatusCode.NotFound, (await webA.GetAsync($"/admin/mailbox/{id}")).StatusCode);

        // Denials and views are audited.
        await factory.WithDbAsync(async db =>
        {
            var events = await db.Set<Features.Audit.AuditEntry>().Where(a => a.TargetType == "letter" && a.TargetId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.EventType).ToListAsync();
            Assert.Contains("mailbox.denied", events);
            Assert.Contains("mailbox.pi.viewed", events);
            Assert.Contains("mailbox.event", events);
        });

        // A misrouted letter goes back to the office with a reason; the organ no longer sees it.
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, handlerB.LetterEventAsync(id, new { type = "returned" }), "退回理由");
        await ExpectAsync(HttpStatusCode.OK, handlerB.LetterEventAsync(id, new { type = "returned", text = "该事项属于住建部门职责。" }));
        await ExpectAsync(HttpStatusCode.NotFound, handlerB.GetAsync($"{Letters}/{id}"));
        var back = await ExpectAsync(HttpStatusCode.OK, office.GetAsync($"{Letters}/{id}"));
        Assert.Equal("AwaitingRouting", back.GetProperty("clock").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_letter_is_extended_once_with_an_approver()
    {
        var (_, office) = await factory.OfficeAsync();
        var body = Letter();
        body["receivedOn"] = "2026-11-02";
        var json = await SubmitAsync(office, body);
        var id = json.GetProperty("id").GetInt32();
        Assert.Equal("2026-11-16", json.GetProperty("replyBy").GetString());
        await ExpectAsync(HttpStatusCode.OK, office.LetterEventAsync(id, new { type = "signedOff", on = "2026-11-02" }));
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, office.LetterEventAsync(id, new { type = "extended", text = "需现场核查" }), "批准人");
        var extended = await ExpectAsync(HttpStatusCode.OK, office.LetterEventAsync(id, new { type = "extended", text = "需现场核查", approver = "王主任" }));
        Assert.Equal("2026-11-30", extended.GetProperty("clock").GetProperty("replyBy").GetString());
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, office.LetterEventAsync(id, new { type = "extended", text = "再次延期", approver = "王主任" }), "只能延期一次");
    }

    [Fact]
    public async Task Bad_letters_get_a_clear_Chinese_message_and_repeats_are_one_letter()
    {
        var client = factory.CreateClient();
        var empty = Letter();
        empty["subject"] = "";
        empty["content"] = "  ";
        var problem = await ExpectAsync(HttpStatusCode.BadRequest, client.PostAsJsonAsync(Letters, empty), "请填写来信内容");
        Assert.Contains("请填写来信标题", problem.GetRawText());

        await ExpectAsync(HttpStatusCode.BadRequest, client.PostAsJsonAsync(Letters, Letter(content: new string('长', 5001))), "不能超过5000字");
        await ExpectAsync(HttpStatusCode.BadRequest, client.PostAsJsonAsync(Letters, Letter(content: "<script>alert(document.cookie)</script>")), "不能只有网页代码或脚本");

        var (_, office) = await factory.OfficeAsync();
        var html = await SubmitAsync(client, Letter(content: "<p onclick=\"x()\">路灯<b>坏了</b></p><script>alert(1)</script><img src=x onerror=alert(1)>请修理。"));
        var stored = await ExpectAsync(HttpStatusCode.OK, office.GetAsync($"{Letters}/{html.GetProperty("id").GetInt32()}"));
        Assert.Equal("路灯坏了请修理。", stored.GetProperty("content").GetString());

        // The same letter sent again a few minutes later is the first letter, with no new password.
        var body = Letter();
        var first = await SubmitAsync(client, body);
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var again = await ExpectAsync(HttpStatusCode.OK, client.PostAsJsonAsync(Letters, body), "没有重复登记");
        Assert.Equal(first.GetProperty("id").GetInt32(), again.GetProperty("id").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, again.GetProperty("queryPassword").ValueKind);
        await factory.WithDbAsync(async db => Assert.Equal(1, await db.Set<MailboxLetter>().CountAsync(l => l.Subject == (string)body["subject"]!)));
    }

    [Fact]
    public async Task The_public_form_refuses_a_wrong_attachment_type_keeps_what_was_typed_and_gives_a_code_and_password()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var form = await client.GetStringAsync("/qzxx/write");
        Assert.Contains("/yisqgk/apply", form);
        Assert.Contains("12345", form);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        MultipartFormDataContent Content(bool withExe)
        {
            var content = new MultipartFormDataContent
            {
                { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
                { new StringContent("区长信箱"), "Input.Recipient" },
                { new StringContent("suggestion"), "Input.Type" },
                { new StringContent("建议增设公交站点" + Guid.NewGuid().ToString("N")[..6]), "Input.Subject" },
                { new StringContent("德感工业园区上下班时段公交车太少，建议增设站点和班次。"), "Input.Content" },
                { new StringContent("王五"), "Input.Name" },
                { new StringContent("023-47521234"), "Input.Phone" },
                { new StringContent("true"), "Input.Publish" },
            };
            if (withExe)
            {
                content.Add(new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00]), "Files", "照片.exe");
            }

            return content;
        }

        var refused = await (await client.PostAsync("/qzxx/write", Content(withExe: true))).Content.ReadAsStringAsync();
        Assert.Contains("不允许上传该类型的文件", refused);
        Assert.Contains("德感工业园区上下班时段公交车太少", refused);

        var accepted = await (await client.PostAsync("/qzxx/write", Content(withExe: false))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"tracking-code\"", accepted);
        Assert.Contains("id=\"query-password\"", accepted);

        // Without the anti-forgery token the form is refused.
        var forged = new MultipartFormDataContent { { new StringContent("区长信箱"), "Input.Recipient" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().PostAsync("/qzxx/write", forged)).StatusCode);
    }

    [Fact]
    public async Task The_writer_follows_the_letter_with_code_and_password_and_the_overview_counts_overdue_letters()
    {
        var (_, office) = await factory.OfficeAsync();
        var organ = await factory.NewOrganAsync();
        var json = await SubmitAsync(factory.CreateClient(), Letter());
        var code = json.GetProperty("trackingCode").GetString()!;
        var password = json.GetProperty("queryPassword").GetString()!;
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var status = await (await client.PostFormAsync("/qzxx/status", new() { ["Code"] = code, ["Password"] = password })).Content.ReadAsStringAsync();
        Assert.Contains("待交办", status);
        var wrong = await (await client.PostFormAsync("/qzxx/status", new() { ["Code"] = code, ["Password"] = "wrong-pass" })).Content.ReadAsStringAsync();
        Assert.Contains("查询码或查询密码不正确", wrong);

        // Routed to the organ on its receipt day and left unanswered: overdue once the reply date has passed.
        var late = Letter();
        late["receivedOn"] = "2026-10-09";
        var lateId = (await SubmitAsync(office, late)).GetProperty("id").GetInt32();
        await ExpectAsync(HttpStatusCode.OK, office.LetterEventAsync(lateId, new { type = "routed", on = "2026-10-09", organization = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        await using var scope = factory.Scope();
        var indicator = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetServices<Features.Compliance.IComplianceIndicator>(scope.ServiceProvider).Single(i => i.Key == "overdueLetters");
        var findings = await indicator.EvaluateAsync(new Features.Compliance.ComplianceQuery(2026, new DateOnly(2026, 11, 27), [organ.Id]), CancellationToken.None);
        Assert.Equal(1, findings[organ.Id].Count);
        Assert.Equal(Features.Compliance.ComplianceLevel.Behind, findings[organ.Id].Level);
    }
}
