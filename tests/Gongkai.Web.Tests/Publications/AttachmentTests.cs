using System.Net;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

/// <summary>SECURITY.md S8: every bad upload refused with a reason; stored under GUIDs outside the
/// web root; served as downloads with nosniff; visible only where the item is.</summary>
public sealed class AttachmentTests : IClassFixture<GongkaiFactory>
{
    private readonly GongkaiFactory factory;

    public AttachmentTests(GongkaiFactory factory)
    {
        // A small limit keeps the over-size test light; the default is 50 MB.
        this.factory = factory.With("Gongkai:Attachments:MaxMegabytes", "2");
    }

    private async Task<(int OrgId, HttpClient Editor, int Id)> DraftAsync(string title = "附件测试")
    {
        var orgId = await factory.OrganAsync();
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var id = await editor.CreateDraftAsync(orgId, title);
        return (orgId, editor, id);
    }

    private async Task<List<PublicationAttachment>> AttachmentsAsync(int id)
    {
        List<PublicationAttachment> rows = [];
        await factory.WithDbAsync(async db => rows = await db.Set<PublicationAttachment>().AsNoTracking().Where(a => a.PublicationId == id).ToListAsync());
        return rows;
    }

    private async Task ExpectRefusedAsync(HttpClient editor, int id, string fileName, byte[] content, string reason)
    {
        var response = await editor.UploadAsync(id, fileName, content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {html}");
        Assert.Contains(reason, html);
        Assert.Empty(await AttachmentsAsync(id));
    }

    [Fact]
    public async Task Attachment_renamed_from_exe_to_pdf_is_rejected()
    {
        var (_, editor, id) = await DraftAsync();
        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);
        await ExpectRefusedAsync(editor, id, "通知.pdf", exe, "文件内容与扩展名");
    }

    [Fact]
    public async Task Html_renamed_to_jpg_is_rejected()
    {
        var (_, editor, id) = await DraftAsync();
        await ExpectRefusedAsync(editor, id, "photo.jpg", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "文件内容与扩展名");
    }

    [Fact]
    public async Task Svg_with_script_is_refused_by_the_allow_list()
    {
        var (_, editor, id) = await DraftAsync();
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        await ExpectRefusedAsync(editor, id, "图.svg", svg, "不允许上传该类型的文件");
    }

    [Fact]
    public async Task Docx_that_expands_beyond_100_MB_is_rejected_as_a_zip_bomb()
    {
        var (_, editor, id) = await DraftAsync();
        var bomb = PublicationTestKit.Zip([("word/document.xml", 10), ("word/media/zeros.bin", 101L * 1024 * 1024)]);
        Assert.True(bomb.Length < 2 * 1024 * 1024);
        await ExpectRefusedAsync(editor, id, "炸弹.docx", bomb, "疑似压缩炸弹");
    }

    [Fact]
    public async Task Xlsx_with_more_than_10000_entries_is_rejected_as_a_zip_bomb()
    {
        var (_, editor, id) = await DraftAsync();
        var bomb = PublicationTestKit.Zip(Enumerable.Range(0, 10_001).Select(i => (i == 0 ? "xl/workbook.xml" : $"x/{i}", 0L)));
        await ExpectRefusedAsync(editor, id, "表.xlsx", bomb, "条目过多");
    }

    [Fact]
    public async Task Zip_named_docx_without_word_document_is_rejected()
    {
        var (_, editor, id) = await DraftAsync();
        await ExpectRefusedAsync(editor, id, "假.docx", PublicationTestKit.Zip([("readme.txt", 10)]), "word/document.xml");
    }

    [Fact]
    public async Task Empty_file_is_rejected()
    {
        var (_, editor, id) = await DraftAsync();
        await ExpectRefusedAsync(editor, id, "空.pdf", [], "文件为空");
    }

    [Fact]
    public async Task File_over_the_size_limit_is_rejected()
    {
        var (_, editor, id) = await DraftAsync();
        var big = new byte[(2 * 1024 * 1024) + 10];
        "%PDF-1.4"u8.CopyTo(big);
        await ExpectRefusedAsync(editor, id, "大.pdf", big, "超过大小限制");
    }

    [Fact]
    public async Task Traversal_name_with_a_script_extension_is_rejected()
    {
        var (_, editor, id) = await DraftAsync();
        await ExpectRefusedAsync(editor, id, "..\\..\\a.aspx", PublicationTestKit.Pdf("x"), "不允许上传该类型的文件");
    }

    [Fact]
    public async Task Encoded_traversal_and_control_characters_are_reduced_to_a_safe_display_name()
    {
        var (_, editor, id) = await DraftAsync();
        await editor.UploadAsync(id, "%2e%2e/%2e%2e/wwwroot/报\u0007告.pdf", PublicationTestKit.Pdf("hello")).ExpectRedirectAsync();
        var row = Assert.Single(await AttachmentsAsync(id));
        Assert.Equal("报告.pdf", row.FileName);
    }

    [Fact]
    public async Task Stored_file_is_named_by_a_guid_outside_wwwroot_with_its_sha256()
    {
        var (_, editor, id) = await DraftAsync();
        var pdf = PublicationTestKit.Pdf("hello");
        await editor.UploadAsync(id, "公告.pdf", pdf).ExpectRedirectAsync();
        var row = Assert.Single(await AttachmentsAsync(id));
        var path = Path.Combine(factory.DataDirectory, "files", row.StoredName.ToString("N"));
        Assert.True(File.Exists(path));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(path));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), row.Sha256);
        Assert.Equal(pdf.Length, row.Length);
        Assert.Equal(AttachmentKind.Pdf, row.Kind);

        var webRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        Assert.False(Path.GetFullPath(path).StartsWith(webRoot, StringComparison.Ordinal));
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/files/" + row.StoredName.ToString("N"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/" + row.StoredName.ToString("N"))).StatusCode);
    }

    [Fact]
    public async Task Download_is_an_attachment_with_a_utf8_file_name_nosniff_and_the_allowed_content_type()
    {
        var (_, editor, id) = await DraftAsync();
        await editor.UploadAsync(id, "江津区公告.pdf", PublicationTestKit.Pdf("hello")).ExpectRedirectAsync();
        var row = Assert.Single(await AttachmentsAsync(id));
        var response = await editor.GetAsync($"/admin/publications/{id}/files/{row.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("江津区公告.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Public_download_works_for_a_published_item_and_404s_after_withdrawal()
    {
        var (orgId, editor, id) = await DraftAsync("公开附件测试");
        await editor.UploadAsync(id, "名单.pdf", PublicationTestKit.Pdf("list")).ExpectRedirectAsync();
        var row = Assert.Single(await AttachmentsAsync(id));
        var anonymous = factory.CreateClient();
        var url = $"/xxgk/{orgId}/item/{id}/files/{row.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);

        var reviewer = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        await editor.PublishAsync(id, reviewer);
        var page = await anonymous.GetStringAsync($"/xxgk/{orgId}/item/{id}");
        Assert.Contains(url, page);
        Assert.Contains("名单.pdf", page);
        Assert.Contains("PDF，", page);
        var download = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);

        await reviewer.ActAsync(id, "Withdraw", new() { ["Comment"] = "内容有误" }).ExpectRedirectAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_editor_of_another_organ_cannot_download_a_draft_attachment()
    {
        var (_, editor, id) = await DraftAsync();
        await editor.UploadAsync(id, "内部.pdf", PublicationTestKit.Pdf("secret")).ExpectRedirectAsync();
        var row = Assert.Single(await AttachmentsAsync(id));
        var otherOrg = await factory.OrganAsync();
        var other = await factory.StaffAsync(otherOrg, BusinessRole.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/publications/{id}/files/{row.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/publications/{id}")).StatusCode);
    }

    [Fact]
    public async Task Upload_and_removal_are_audited_and_the_file_leaves_the_store()
    {
        var (_, editor, id) = await DraftAsync();
        await editor.UploadAsync(id, "a.pdf", PublicationTestKit.Pdf("a")).ExpectRedirectAsync();
        var row = Assert.Single(await AttachmentsAsync(id));
        await editor.ActAsync(id, "RemoveAttachment", new() { ["AttachmentId"] = row.Id.ToString() }).ExpectRedirectAsync();
        Assert.Empty(await AttachmentsAsync(id));
        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, "files", row.StoredName.ToString("N"))));
        await factory.WithDbAsync(async db =>
        {
            var events = await db.Set<AuditEntry>().Where(e => e.TargetType == PublicationService.TargetType && e.TargetId == id.ToString())
                .Select(e => e.EventType).ToListAsync();
            Assert.Contains("publication.attachmentAdded", events);
            Assert.Contains("publication.attachmentRemoved", events);
        });
    }

    [Fact]
    public async Task A_correction_starts_with_the_published_attachments_and_the_public_keeps_them_until_it_passes()
    {
        var (orgId, editor, id) = await DraftAsync("更正附件测试");
        await editor.UploadAsync(id, "原件.pdf", PublicationTestKit.Pdf("v1")).ExpectRedirectAsync();
        var reviewer = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        await editor.PublishAsync(id, reviewer);
        await editor.ActAsync(id, "Correct").ExpectRedirectAsync();
        var copy = (await AttachmentsAsync(id)).Single(a => a.RevisionNumber == 2);
        await editor.ActAsync(id, "RemoveAttachment", new() { ["AttachmentId"] = copy.Id.ToString() }).ExpectRedirectAsync();
        await editor.UploadAsync(id, "更正件.pdf", PublicationTestKit.Pdf("v2")).ExpectRedirectAsync();

        var anonymous = factory.CreateClient();
        var page = await anonymous.GetStringAsync($"/xxgk/{orgId}/item/{id}");
        Assert.Contains("原件.pdf", page);
        Assert.DoesNotContain("更正件.pdf", page);
        var original = (await AttachmentsAsync(id)).Single(a => a.RevisionNumber == 1);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "files", original.StoredName.ToString("N"))));

        await editor.PublishAsync(id, reviewer);
        page = await anonymous.GetStringAsync($"/xxgk/{orgId}/item/{id}");
        Assert.Contains("更正件.pdf", page);
        Assert.DoesNotContain("原件.pdf", page);
    }
}
