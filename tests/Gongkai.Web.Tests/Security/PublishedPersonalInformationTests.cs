using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (personal information on every public path, Art. 44 drafts): personal information got past the
/// pre-publication check where the check did not look. Each test plants a real-shaped ID or mobile
/// number in one such place and expects it caught before anything is public.</summary>
public sealed class PublishedPersonalInformationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static readonly string IdNumber = PublicationTestKit.IdNumber("50011619850214301");
    private static readonly string MaskedId = IdNumber[..6] + "********" + IdNumber[^4..];

    [Fact]
    public async Task IdNumberInImgAltIsCaught()
    {
        var message = await RefusedAsync($"<p>困难群众名单见下图。</p><p><img src=\"/css/x.png\" alt=\"张三 {IdNumber}\"></p>");
        Assert.Contains("图片说明", message);
        Assert.Contains(MaskedId, message);
        Assert.DoesNotContain(IdNumber, message);
    }

    [Fact]
    public async Task MobileInTitleAttributeIsCaught()
    {
        var message = await RefusedAsync("<p>请联系<span title=\"经办人手机 139 1234 5678\">经办人</span>。</p>");
        Assert.Contains("139****5678", message);
    }

    [Fact]
    public async Task PersonalMailtoLinkIsCaught()
    {
        var message = await RefusedAsync("<p>获奖者：<a href=\"mailto:zhangsan1985@qq.com\">张三</a></p>");
        Assert.Contains("z***@qq.com", message);
    }

    [Fact]
    public async Task OneClickMaskingRemovesAPersonalMailtoLinkAndMasksAlt()
    {
        var (orgId, editor, _) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "获奖名单",
            $"<p>获奖者：<a href=\"mailto:zhangsan1985@qq.com\">张三</a></p><p><img src=\"/css/x.png\" alt=\"{IdNumber}\"></p>");
        await editor.ActAsync(id, "Mask").ExpectRedirectAsync();
        await factory.WithDbAsync(async db =>
        {
            var body = (await db.Set<PublicationRevision>().AsNoTracking().SingleAsync(r => r.PublicationId == id)).BodyHtml;
            Assert.DoesNotContain("zhangsan1985@qq.com", body);
            Assert.DoesNotContain(IdNumber, body);
            Assert.Contains(MaskedId, body);
        });
    }

    [Fact]
    public async Task IdNumberInDocumentNumberIsCaught()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "关于张三的处理决定", documentNumber: $"江津民决〔2026〕{IdNumber}号");
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();
        var message = await RefusedApprovalAsync(reviewer, id);
        Assert.Contains("发文字号含个人信息", message);
        Assert.Contains(MaskedId, message);
    }

    [Fact]
    public async Task IdNumberInDocxHeaderIsCaught()
    {
        var message = await RefusedWithAttachmentAsync(Docx(header: $"经办人身份证号：{IdNumber}"));
        Assert.Contains(MaskedId, message);
    }

    [Fact]
    public async Task MobileInDocxFooterIsCaught()
    {
        var message = await RefusedWithAttachmentAsync(Docx(footer: "联系人：李四 13712345678"));
        Assert.Contains("137****5678", message);
    }

    [Fact]
    public async Task MobileInDocxAuthorPropertyIsCaught()
    {
        var message = await RefusedWithAttachmentAsync(Docx(author: "王五 13612345678"));
        Assert.Contains("136****5678", message);
    }

    [Fact]
    public async Task IdNumberInJsonImportDocumentNumberIsRefused()
    {
        var organ = await factory.NewOrganAsync();
        var admin = await factory.ApiStaffAsync((organ.Id, BusinessRole.OrganizationAdmin));
        var report = await ImportAsync(admin, new
        {
            organization = organ.Id,
            category = 7,
            title = "行政处罚决定书",
            bodyHtml = "<p>正文</p>",
            documentNumber = $"江津罚〔2019〕{IdNumber}号",
            publishedOn = "2019-03-05",
        });
        Assert.Equal(0, report.GetProperty("imported").GetInt32());
        Assert.Contains(MaskedId, Errors(report));
        Assert.DoesNotContain(IdNumber, Errors(report));
    }

    [Fact]
    public async Task IdNumberInJsonImportImgAltIsRefused()
    {
        var organ = await factory.NewOrganAsync();
        var admin = await factory.ApiStaffAsync((organ.Id, BusinessRole.OrganizationAdmin));
        var report = await ImportAsync(admin, new
        {
            organization = organ.Id,
            category = 7,
            title = "低保公示",
            bodyHtml = $"<p>名单见图</p><img src=\"/css/x.png\" alt=\"{IdNumber}\">",
            publishedOn = "2019-03-05",
        });
        Assert.Equal(0, report.GetProperty("imported").GetInt32());
        Assert.Contains(MaskedId, Errors(report));
    }

    [Fact]
    public async Task IdNumberInExcelImportDocumentNumberIsRefused()
    {
        var organ = await factory.NewOrganAsync();
        var admin = await factory.StaffClientAsync(PublicationTestKit.Unique("pi-imp-"), (organ.Id, BusinessRole.OrganizationAdmin));
        using var output = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(output, new[]
        {
            new Dictionary<string, object?>
            {
                ["机关"] = organ.ShortName, ["栏目"] = "7", ["标题"] = "处罚决定", ["正文"] = "正文", ["发文字号"] = $"江津罚〔2019〕{IdNumber}号",
                ["成文日期"] = "2019-03-01", ["发布日期"] = "2019-03-05", ["索引号"] = null, ["有效性"] = "有效",
            },
        }, excelType: MiniExcelLibs.ExcelType.XLSX);
        var html = await admin.GetStringAsync("/admin/publications/import");
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(output.ToArray()), "Upload", "导入.xlsx" },
        };
        var body = WebUtility.HtmlDecode(await (await admin.PostAsync("/admin/publications/import", form)).Content.ReadAsStringAsync());
        Assert.Contains(MaskedId, body);
        Assert.DoesNotContain(IdNumber, body);
        await factory.WithDbAsync(async db => Assert.False(await db.Set<Publication>().AnyAsync(p => p.OrganizationId == organ.Id)));
    }

    [Fact]
    public async Task IdNumberInDisclosureGuideIsRefused()
    {
        var orgId = await factory.PortalOrganAsync();
        var admin = await factory.StaffClientAsync(PublicationTestKit.Unique("pi-guide-"), (orgId, BusinessRole.OrganizationAdmin));
        var response = await admin.PostFormAsync($"/admin/guide/{orgId}", new()
        {
            ["Input.Holdings"] = "本机关持有机构职能类信息。",
            ["Input.Channels"] = "江津区人民政府网站。",
            ["Input.Application"] = "当面、邮寄、网络、传真。",
            ["Input.Office"] = $"联系人：张三（身份证 {IdNumber}），手机 13512345678",
            ["Input.OtherMatters"] = "可以投诉、举报，也可以依法申请行政复议或者提起行政诉讼。",
        });
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("“政府信息公开工作机构情况”含个人信息", body); // the seed's heading of part 四
        Assert.Contains("135****5678", body);
        var page = await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/guide");
        Assert.DoesNotContain(IdNumber, page);
        Assert.DoesNotContain("13512345678", page);
    }

    /// <summary>Art. 44 used to remove only the exact applicant name: "张 三" with a space, or another
    /// applicant of the same information, went into the draft.</summary>
    [Fact]
    public async Task ApplicantNamesWrittenLooselyAreMaskedInTheArticle44Draft()
    {
        var organ = await factory.NewOrganAsync();
        var handler = await factory.CaseHandlerAsync(organ.Id);
        var title = "张 三和李四户的征地补偿标准（联系人13912345678）";
        var first = ApplicationTestKit.Body(organ.Id);
        first["informationTitle"] = title;
        await ApplicationTestKit.ExpectAsync(HttpStatusCode.Created, handler.PostAsJsonAsync("/api/v1/applications", first));
        var second = ApplicationTestKit.Body(organ.Id);
        second["applicantName"] = "李四";
        second["informationTitle"] = title;
        var id = (await ApplicationTestKit.ExpectAsync(HttpStatusCode.Created, handler.PostAsJsonAsync("/api/v1/applications", second))).GetProperty("id").GetInt32();

        var staff = await factory.StaffClientAsync(PublicationTestKit.Unique("pd44-"), (organ.Id, BusinessRole.CaseHandler), (organ.Id, BusinessRole.Editor));
        var opened = await staff.PostFormAsync($"/admin/applications/{id}", [], $"/admin/applications/{id}?handler=Proactive");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            var publicationId = await db.Set<Publication>().Where(p => p.OrganizationId == organ.Id).Select(p => p.Id).SingleAsync();
            var draft = await db.Set<PublicationRevision>().AsNoTracking().SingleAsync(r => r.PublicationId == publicationId);
            var text = draft.Title + draft.BodyHtml;
            Assert.DoesNotContain("张 三", text);
            Assert.DoesNotContain("李四", text);
            Assert.DoesNotContain("13912345678", text);
            Assert.Contains("张*", text);
        });
    }

    private async Task<(int OrgId, HttpClient Editor, HttpClient Reviewer)> OrganAsync()
    {
        var orgId = await factory.OrganAsync();
        return (orgId, await factory.StaffAsync(orgId, BusinessRole.Editor), await factory.StaffAsync(orgId, BusinessRole.Reviewer));
    }

    private async Task<string> RefusedAsync(string body)
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "公示", body);
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();
        return await RefusedApprovalAsync(reviewer, id);
    }

    private async Task<string> RefusedWithAttachmentAsync(byte[] docx)
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "补贴发放通知");
        await editor.UploadAsync(id, "通知.docx", docx).ExpectRedirectAsync();
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();
        var message = await RefusedApprovalAsync(reviewer, id);
        Assert.Contains("附件“通知.docx”含个人信息", message);
        return message;
    }

    private static async Task<string> RefusedApprovalAsync(HttpClient reviewer, int id)
    {
        // With the stage's proofreading and the confidentiality review done, so that only the
        // personal-information check can refuse it.
        var response = await reviewer.ApproveAsync(id);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {html}");
        return new HtmlParser().ParseDocument(html).GetElementById("publication-errors")!.TextContent;
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, object row)
    {
        var response = await client.PostAsJsonAsync("/api/v1/publications/import", new[] { row });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static string Errors(JsonElement report) =>
        string.Join(" ", report.GetProperty("rows")[0].GetProperty("errors").EnumerateArray().Select(e => e.GetString()));

    /// <summary>A clean body with the personal information only in a header, a footer or the author property.</summary>
    private static byte[] Docx(string? header = null, string? footer = null, string? author = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var sections = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(new Paragraph(new Run(new Text(header))));
                sections.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(new Paragraph(new Run(new Text(footer))));
                sections.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            main.Document = new Document(new Body(new Paragraph(new Run(new Text("补贴发放工作已完成，特此通知。"))), sections));
            if (author is not null)
            {
                document.PackageProperties.Creator = author;
            }
        }

        return stream.ToArray();
    }
}
