using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

/// <summary>Pre-publication checks: personal information in the body and in attachments' text,
/// required metadata and internal links block the final approval unless a reviewer overrides them
/// with a reason; one-click masking; the Art. 26 lists on the dashboard.</summary>
public sealed class ChecksTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static readonly string IdNumber = PublicationTestKit.IdNumber();
    private static readonly string MaskedId = IdNumber[..6] + "********" + IdNumber[^4..];

    private async Task<(int OrgId, HttpClient Editor, HttpClient Reviewer)> OrganAsync(Action<Organization>? configure = null)
    {
        var orgId = await factory.OrganAsync(configure: configure);
        return (orgId, await factory.StaffAsync(orgId, BusinessRole.Editor), await factory.StaffAsync(orgId, BusinessRole.Reviewer));
    }

    private async Task<Publication> LoadAsync(int id)
    {
        Publication? p = null;
        await factory.WithDbAsync(async db => p = await db.Set<Publication>().Include(x => x.Revisions).AsNoTracking().SingleAsync(x => x.Id == id));
        return p!;
    }

    /// <summary>The refusal message shown to the reviewer (the page around it also shows the draft body, unmasked, to staff).</summary>
    private static async Task<string> RefusedApprovalAsync(HttpClient reviewer, int id, Dictionary<string, string>? fields = null)
    {
        var response = await reviewer.ApproveAsync(id, fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {html}");
        return new HtmlParser().ParseDocument(html).GetElementById("publication-errors")!.TextContent;
    }

    private static async Task<string> ChecksSectionAsync(HttpClient client, int id)
    {
        var html = await client.GetStringAsync($"/admin/publications/{id}");
        return new HtmlParser().ParseDocument(html).GetElementById("publication-checks")?.TextContent ?? string.Empty;
    }

    [Fact]
    public async Task Personal_information_in_the_body_blocks_the_final_approval_and_is_shown_masked()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "低保名单", $"<p>申请人身份证号{IdNumber}，电话138<span>1234</span>5678</p>");
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();

        var message = await RefusedApprovalAsync(reviewer, id);
        Assert.Contains("终审不能通过", message);
        Assert.Contains(MaskedId, message);
        Assert.Contains("138****5678", message);
        Assert.DoesNotContain(IdNumber, message);
        Assert.DoesNotContain("13812345678", message);
        Assert.Equal(PublicationStatus.InReview, (await LoadAsync(id)).Status);

        var checks = await ChecksSectionAsync(reviewer, id);
        Assert.Contains(MaskedId, checks);
        Assert.DoesNotContain(IdNumber, checks);
    }

    [Fact]
    public async Task Override_needs_a_reason_and_then_publishes_with_the_reason_in_the_history_and_the_audit_log()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "获奖名单", "<p>获奖者联系电话13812345678</p>");
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();

        var refused = await RefusedApprovalAsync(reviewer, id, new() { ["OverrideChecks"] = "true", ["OverrideReason"] = " " });
        Assert.Contains("须填写理由", refused);

        await reviewer.ApproveAsync(id, new() { ["OverrideChecks"] = "true", ["OverrideReason"] = "获奖者本人书面同意公开联系电话" }).ExpectRedirectAsync();
        Assert.Equal(PublicationStatus.Published, (await LoadAsync(id)).Status);
        await factory.WithDbAsync(async db =>
        {
            var step = await db.Set<ReviewAction>().SingleAsync(a => a.PublicationId == id && a.Decision == ReviewDecision.ChecksOverridden);
            Assert.Contains("获奖者本人书面同意公开联系电话", step.Comment);
            Assert.DoesNotContain("13812345678", step.Comment);
            var audit = await db.Set<AuditEntry>().SingleAsync(e => e.TargetId == id.ToString() && e.EventType == "publication.checksOverridden");
            Assert.Contains("获奖者本人书面同意公开联系电话", audit.After);
            Assert.DoesNotContain("13812345678", audit.After);
        });
        Assert.Contains("忽略发布前检查问题", await reviewer.GetStringAsync($"/admin/publications/{id}"));
    }

    [Fact]
    public async Task An_id_number_inside_a_docx_table_attachment_is_found()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "补贴发放名单");
        var docx = PublicationTestKit.Docx("补贴发放名单如下：", ["姓名", "身份证号"], ["张三", IdNumber]);
        await editor.UploadAsync(id, "名单.docx", docx).ExpectRedirectAsync();
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();

        var message = await RefusedApprovalAsync(reviewer, id);
        Assert.Contains("附件“名单.docx”含个人信息", message);
        Assert.Contains(MaskedId, message);
        Assert.Contains("请上传遮蔽后的副本", message);
    }

    [Fact]
    public async Task A_mobile_number_inside_a_pdf_attachment_is_found()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "联系人名单");
        await editor.UploadAsync(id, "list.pdf", PublicationTestKit.Pdf("Contact: Zhang", "Mobile 139 1234 5678")).ExpectRedirectAsync();
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();

        var message = await RefusedApprovalAsync(reviewer, id);
        Assert.Contains("附件“list.pdf”含个人信息", message);
        Assert.Contains("139****5678", message);
    }

    [Fact]
    public async Task A_legacy_doc_attachment_is_noted_as_unreadable_but_does_not_block()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "旧格式附件");
        var doc = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(doc, 0);
        await editor.UploadAsync(id, "旧文件.doc", doc).ExpectRedirectAsync();
        Assert.Contains("无法提取文字", await ChecksSectionAsync(editor, id));
        await editor.PublishAsync(id, reviewer);
        Assert.Equal(PublicationStatus.Published, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task The_organs_own_published_contact_details_are_not_flagged()
    {
        var (orgId, editor, reviewer) = await OrganAsync(o =>
        {
            o.OfficePhone = "13900001111";
            o.OfficeEmail = "gkb@jiangjin.gov.cn";
        });
        var id = await editor.CreateDraftAsync(orgId, "公开指南", "<p>咨询电话：13900001111，电子邮箱：gkb@jiangjin.gov.cn</p>");
        await editor.PublishAsync(id, reviewer);
        Assert.Equal(PublicationStatus.Published, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task A_document_number_without_a_signing_date_blocks_approval()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var id = await editor.CreateDraftAsync(orgId, "缺成文日期", signedOn: null);
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();
        Assert.Contains("须填写成文日期", await RefusedApprovalAsync(reviewer, id));
    }

    [Fact]
    public async Task A_link_to_an_item_that_is_not_public_blocks_approval_and_a_link_to_a_public_one_does_not()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var target = await editor.CreateDraftAsync(orgId, "被链接的信息");
        var id = await editor.CreateDraftAsync(orgId, "含链接的信息", $"<p>详见<a href=\"/xxgk/{orgId}/item/{target}\">此前通知</a>。</p>");
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();
        Assert.Contains($"/xxgk/{orgId}/item/{target}", await RefusedApprovalAsync(reviewer, id));

        await editor.PublishAsync(target, reviewer);
        await reviewer.ApproveAsync(id).ExpectRedirectAsync();
        Assert.Equal(PublicationStatus.Published, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Masking_the_body_replaces_personal_information_and_keeps_the_markup()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var body = $"<h2>名单</h2><p>联系<strong>电话</strong>13812345678</p><table><tbody><tr><td>张三</td><td>{IdNumber}</td></tr></tbody></table><p><a href=\"/xxgk\">返回</a></p>";
        var id = await editor.CreateDraftAsync(orgId, "遮蔽测试", body);
        await editor.ActAsync(id, "Mask").ExpectRedirectAsync();

        var masked = (await LoadAsync(id)).Revisions.Single().BodyHtml;
        Assert.Contains("<strong>电话</strong>138****5678", masked);
        Assert.Contains($"<td>{MaskedId}</td>", masked);
        Assert.Contains("<h2>名单</h2>", masked);
        Assert.Contains("<a href=\"/xxgk\">返回</a>", masked);
        Assert.DoesNotContain("13812345678", masked);
        Assert.DoesNotContain(IdNumber, masked);

        await editor.PublishAsync(id, reviewer);
        Assert.Equal(PublicationStatus.Published, (await LoadAsync(id)).Status);
        await factory.WithDbAsync(async db =>
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.TargetId == id.ToString() && e.EventType == "publication.bodyMasked")));
    }

    [Fact]
    public async Task The_dashboard_lists_late_publications_and_drafts_due_soon_or_overdue()
    {
        var (orgId, editor, reviewer) = await OrganAsync();
        var late = await editor.CreateDraftAsync(orgId, "迟发的信息", formedOn: "2026-09-01");
        await editor.PublishAsync(late, reviewer);
        var onTimePublished = await editor.CreateDraftAsync(orgId, "按时发布的信息");
        await editor.PublishAsync(onTimePublished, reviewer);
        await editor.CreateDraftAsync(orgId, "临期草稿", formedOn: "2026-11-02");
        await editor.CreateDraftAsync(orgId, "超期草稿", formedOn: "2026-10-09");
        await editor.CreateDraftAsync(orgId, "宽裕草稿", formedOn: "2026-11-26");

        var document = new HtmlParser().ParseDocument(await editor.GetStringAsync("/admin/publications"));
        var due = document.GetElementById("timeliness-due")!.TextContent;
        var published = document.GetElementById("timeliness-late")!.TextContent;
        Assert.Contains("临期草稿", due);
        Assert.Contains("剩余", due);
        Assert.Contains("超期草稿", due);
        Assert.Contains("已超期", due);
        Assert.DoesNotContain("宽裕草稿", due);
        Assert.Contains("迟发的信息", published);
        Assert.DoesNotContain("按时发布的信息", published);
    }
}
