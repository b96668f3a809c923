using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Applications;

public sealed partial class LetterAndExportTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Reply_letter_is_a_Word_file_citing_the_outcomes_article_with_number_date_and_seal_place()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(api, organ.Id, "2026-11-02");
        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("lt-"), (organ.Id, BusinessRole.CaseHandler));

        // No reply yet: a reply letter is refused with the reason.
        var early = await (await handler.PostFormAsync($"/admin/applications/{id}", new() { ["Letter.Kind"] = "reply" }, $"/admin/applications/{id}?handler=Letter")).Content.ReadAsStringAsync();
        Assert.Contains("请先登记答复结果", early);

        await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "replied", on = "2026-11-25", outcome = "denied.thirdPartyRights" }));
        var response = await handler.PostFormAsync($"/admin/applications/{id}", new() { ["Letter.Kind"] = "reply", ["Letter.Reason"] = "该信息涉及第三方商业秘密，第三方不同意公开。" }, $"/admin/applications/{id}?handler=Letter");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await handler.GetStringAsync($"/admin/applications/{id}");
        var link = LetterLink().Match(page);
        Assert.True(link.Success, page);
        var file = await handler.GetAsync(link.Groups[1].Value);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.Content.Headers.ContentType!.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync()), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("政府信息公开申请答复书", text);
        Assert.Contains("张三", text);
        Assert.Contains("2026年11月2日", text);
        Assert.Contains("第十五条、第三十二条", text);
        Assert.Contains("保护第三方合法权益", text);
        Assert.Contains("第三方不同意公开", text);
        Assert.Contains($"{organ.ShortName}依申〔2026〕1号", text);
        Assert.Contains("（印章）", text);
        Assert.Contains("2026年11月27日", text);
        Assert.Contains("行政复议", text);

        // Another organ's clerk cannot fetch the letter.
        var other = await factory.NewOrganAsync();
        var otherClerk = await factory.StaffClientAsync(PublicationTestKit.Unique("lt-"), (other.Id, BusinessRole.CaseHandler));
        Assert.Equal(HttpStatusCode.NotFound, (await otherClerk.GetAsync(link.Groups[1].Value)).StatusCode);
    }

    [Fact]
    public async Task Extension_letter_states_the_days_the_new_due_date_and_article_33()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(api, organ.Id, "2026-11-02");
        await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "extensionApproved", on = "2026-11-20", workingDays = 20, approver = "王主任", note = "需要调取档案" }));
        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("lt-"), (organ.Id, BusinessRole.CaseHandler));
        await handler.PostFormAsync($"/admin/applications/{id}", new() { ["Letter.Kind"] = "extension" }, $"/admin/applications/{id}?handler=Letter");

        var page = await handler.GetStringAsync($"/admin/applications/{id}");
        var file = await handler.GetByteArrayAsync(LetterLink().Match(page).Groups[1].Value);
        using var doc = WordprocessingDocument.Open(new MemoryStream(file), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("第三十三条", text);
        Assert.Contains("延长20个工作日", text);
        Assert.Contains("2026年12月28日", text);
        Assert.Contains("需要调取档案", text);
    }

    [Fact]
    public async Task Excel_export_lists_the_cases_with_filters_and_is_audited()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var open = await RegisterAsync(api, organ.Id, "2026-11-02");
        var closed = await RegisterAsync(api, organ.Id, "2026-11-03");
        await ExpectAsync(HttpStatusCode.OK, api.EventAsync(closed, new { type = "replied", on = "2026-11-20", outcome = "granted" }));
        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("ex-"), (organ.Id, BusinessRole.CaseHandler));

        var openOnly = await ReadAsync(await handler.GetByteArrayAsync($"/admin/applications/export?org={organ.Id}"));
        var all = await ReadAsync(await handler.GetByteArrayAsync($"/admin/applications/export?org={organ.Id}&closed=true"));
        Assert.Single(openOnly);
        Assert.Equal(2, all.Count);
        Assert.Contains(all, r => (string?)r["答复结果代码"] == "granted");
        Assert.DoesNotContain("13812345678", string.Join("|", all.SelectMany(r => r.Values)));

        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>().CountAsync(e => e.EventType == "application.exported") >= 2));
        var outsider = await factory.StaffClientAsync(PublicationTestKit.Unique("ex-"), (organ.Id, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/admin/applications/export")).StatusCode);
        _ = open;
    }

    private static async Task<List<IDictionary<string, object?>>> ReadAsync(byte[] xlsx)
    {
        var rows = await MiniExcel.QueryAsync(new MemoryStream(xlsx), useHeaderRow: true);
        return rows.Cast<IDictionary<string, object?>>().ToList();
    }

    [GeneratedRegex("href=\"(/admin/applications/\\d+/letters/\\d+)\"")]
    private static partial Regex LetterLink();
}
