using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Attachments;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Applications;

/// <summary>Files sent with an application: checked like publication attachments, saved
/// with the application or not at all, downloadable only by those who may see the case, each
/// download audited as a view of the applicant's personal data.</summary>
public sealed partial class ApplicationAttachmentTests : IClassFixture<GongkaiFactory>
{
    private readonly GongkaiFactory factory;

    public ApplicationAttachmentTests(GongkaiFactory factory)
    {
        // A small limit keeps the over-size test light; the default is 50 MB.
        this.factory = factory.With("Gongkai:Attachments:MaxMegabytes", "2");
    }

    internal static Task<HttpResponseMessage> ApplyAsync(HttpClient client, int organizationId, string description, params (string Name, byte[] Content)[] files) =>
        PostAsync(client, "/yisqgk/apply", organizationId, description, [], files);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, int organizationId, string description,
        Dictionary<string, string> extra, params (string Name, byte[] Content)[] files)
    {
        var html = await client.GetStringAsync(page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Input.Organization"] = organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ApplicantType"] = "naturalPerson",
            ["Input.ApplicantName"] = "王五",
            ["Input.IdNumber"] = ValidIdNumber(),
            ["Input.Phone"] = "13900002222",
            ["Input.Description"] = description,
            ["Input.FormWanted"] = "electronic",
            ["Input.Delivery"] = "email",
            ["Input.Email"] = "wangwu@example.com",
            ["Input.FormToken"] = Guid.NewGuid().ToString("N"),
        }.Concat(extra))
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"Files\"; filename=\"upload\"; filename*=UTF-8''{Uri.EscapeDataString(name)}");
            form.Add(file);
        }

        return await client.PostAsync(page, form);
    }

    private async Task<int?> ApplicationIdAsync(int organizationId)
    {
        int? id = null;
        await factory.WithDbAsync(async db => id = await db.Set<DisclosureApplication>().Where(a => a.OrganizationId == organizationId).Select(a => (int?)a.Id).SingleOrDefaultAsync());
        return id;
    }

    private async Task<ApplicationAttachment> OnlyAttachmentAsync(int applicationId)
    {
        ApplicationAttachment? row = null;
        await factory.WithDbAsync(async db => row = await db.Set<ApplicationAttachment>().AsNoTracking().SingleAsync(a => a.ApplicationId == applicationId));
        return row!;
    }

    private string[] StoredFiles() =>
        Directory.Exists(Path.Combine(factory.DataDirectory, "files")) ? Directory.GetFiles(Path.Combine(factory.DataDirectory, "files")) : [];

    private async Task ExpectRefusedAsync(string fileName, byte[] content, string reason)
    {
        var organ = await factory.NewOrganAsync();
        var before = StoredFiles();
        var response = await ApplyAsync(factory.CreateClient(), organ.Id, "请公开某文件。", (fileName, content));
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {html}");
        Assert.Contains(reason, html);
        Assert.Contains("请公开某文件。", html); // the form comes back filled in
        Assert.DoesNotContain("id=\"tracking-code\"", html);
        Assert.Null(await ApplicationIdAsync(organ.Id));
        Assert.Equal(before.Order(), StoredFiles().Order());
    }

    [Fact]
    public async Task Pdf_attached_online_is_stored_with_its_hash_and_downloadable_by_the_case_handler_with_an_audit_record()
    {
        var organ = await factory.NewOrganAsync();
        var pdf = PublicationTestKit.Pdf("Identity proof");
        var response = await ApplyAsync(factory.CreateClient(), organ.Id, "请公开2026年部门预算。", ("身份证.pdf", pdf));
        Assert.Contains("id=\"tracking-code\"", await response.Content.ReadAsStringAsync());

        var id = (await ApplicationIdAsync(organ.Id))!.Value;
        var row = await OnlyAttachmentAsync(id);
        Assert.Equal("身份证.pdf", row.FileName);
        Assert.Equal("application/pdf", row.ContentType);
        Assert.Equal(pdf.Length, row.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), row.Sha256);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "files", row.StorageKey.ToString("N"))));

        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("cq-"), (organ.Id, BusinessRole.CaseHandler));
        var link = $"/admin/applications/{id}/attachments/{row.Id}";
        Assert.Contains(link, await handler.GetStringAsync($"/admin/applications/{id}"));

        var before = await DownloadAuditsAsync(id, row.Id);
        var download = await handler.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(before + 1, await DownloadAuditsAsync(id, row.Id));
    }

    [Fact]
    public async Task Staff_registration_stores_the_scanned_paper_form_with_the_case()
    {
        var organ = await factory.NewOrganAsync();
        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("cq-"), (organ.Id, BusinessRole.CaseHandler));
        var response = await PostAsync(handler, "/admin/applications/register", organ.Id, "请公开某批复。", new()
        {
            ["Input.Channel"] = "registeredMail",
            ["Input.ReceivedOn"] = "2026-11-20",
            ["Input.ReceiptEvidence"] = "挂号信签收单 XA7654321",
        }, ("申请表扫描件.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var id = (await ApplicationIdAsync(organ.Id))!.Value;
        var row = await OnlyAttachmentAsync(id);
        Assert.Equal("image/jpeg", row.ContentType);
        Assert.Contains("申请表扫描件.jpg", await handler.GetStringAsync($"/admin/applications/{id}"));
    }

    [Fact]
    public async Task Exe_renamed_to_pdf_is_refused_in_Chinese_and_no_application_is_created()
    {
        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);
        await ExpectRefusedAsync("身份证.pdf", exe, "文件内容与扩展名");
    }

    [Fact]
    public async Task Spreadsheet_is_not_among_the_types_an_applicant_may_attach()
    {
        await ExpectRefusedAsync("材料.xlsx", PublicationTestKit.Zip([("xl/workbook.xml", 10)]), "不允许上传该类型的文件");
    }

    [Fact]
    public async Task File_over_the_size_limit_is_refused_and_nothing_is_saved()
    {
        var big = new byte[(2 * 1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(big);
        await ExpectRefusedAsync("大.pdf", big, "文件超过大小限制（2 MB）");
    }

    [Fact]
    public async Task Another_organs_case_handler_gets_404_for_the_attachment()
    {
        var organ = await factory.NewOrganAsync();
        var other = await factory.NewOrganAsync();
        await ApplyAsync(factory.CreateClient(), organ.Id, "请公开某规划。", ("证明.png", Png()));
        var id = (await ApplicationIdAsync(organ.Id))!.Value;
        var row = await OnlyAttachmentAsync(id);

        var stranger = await factory.StaffClientAsync(PublicationTestKit.Unique("cq-"), (other.Id, BusinessRole.CaseHandler));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/admin/applications/{id}/attachments/{row.Id}")).StatusCode);
        Assert.Equal(0, await DownloadAuditsAsync(id, row.Id));
    }

    /// <summary>A real 1×1 PNG: the public form checks the header and the end chunk.</summary>
    private static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private async Task<int> DownloadAuditsAsync(int applicationId, int attachmentId)
    {
        var n = 0;
        var target = applicationId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var detail = $"attachment {attachmentId} download";
        await factory.WithDbAsync(async db => n = await db.Set<AuditEntry>()
            .CountAsync(e => e.EventType == "application.pi.viewed" && e.TargetId == target && e.Detail == detail));
        return n;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
