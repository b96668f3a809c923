using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.TaskDivision;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (decompression bombs): a 1 MB upload that expands to 1 GiB must be refused by every reader
/// of user files, with a Chinese reason, while the process stays bounded (it went past 4 GB in 19 s
/// through the task importer before). Each test plants the bomb where one reader meets it.</summary>
public sealed partial class DecompressionBombTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    /// <summary>Far below what parsing 1 GiB takes, far above the noise of parallel tests.</summary>
    private const long MaxGrowth = 400L * 1024 * 1024;

    private static async Task<string> WithinBoundsAsync(Func<Task<HttpResponseMessage>> upload)
    {
        HttpResponseMessage? response = null;
        var growth = await BombFiles.PeakGrowthAsync(async () => response = await upload());
        var body = await response!.Content.ReadAsStringAsync();
        Assert.True(growth < MaxGrowth, $"working set grew by {growth / 1024 / 1024} MB");
        // Refused as bad input (422 from an API or an upload, or the form again with the message): never a 500.
        Assert.True((int)response.StatusCode is 200 or (>= 400 and < 500), $"{response.StatusCode}: {body}");
        return WebUtility.HtmlDecode(body);
    }

    [Fact]
    public async Task DocxBombInTaskImportIsRefused()
    {
        Assert.True(BombFiles.Docx.Length < 2 * 1024 * 1024);
        var office = await factory.OfficeApiAsync();
        var body = await WithinBoundsAsync(() => office.ImportFileAsync(BombFiles.Docx, "任务分工.docx", dryRun: true));
        Assert.Contains("疑似压缩炸弹", body);
        Assert.Contains("word/document.xml", body);
    }

    [Fact]
    public async Task XlsxBombInTaskImportIsRefused()
    {
        var office = await factory.OfficeApiAsync();
        var body = await WithinBoundsAsync(() => office.ImportFileAsync(BombFiles.Xlsx, "任务分工.xlsx", dryRun: true));
        Assert.Contains("疑似压缩炸弹", body);
    }

    [Fact]
    public async Task DocxBombOnTheTaskImportPageIsRefused()
    {
        var office = await factory.StaffClientAsync(PublicationTestKit.Unique("bomb-office-"),
            (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));
        var body = await WithinBoundsAsync(() => PostFileAsync(office, "/admin/tasks/import", "/admin/tasks/import?handler=Preview", BombFiles.Docx, "通知.docx"));
        Assert.Contains("疑似压缩炸弹", body);
    }

    [Fact]
    public async Task XlsxBombInPublicationImportIsRefused()
    {
        var organ = await factory.NewOrganAsync();
        var admin = await factory.StaffClientAsync(PublicationTestKit.Unique("bomb-imp-"), (organ.Id, BusinessRole.OrganizationAdmin));
        var body = await WithinBoundsAsync(() => PostFileAsync(admin, "/admin/publications/import", "/admin/publications/import", BombFiles.Xlsx, "导入.xlsx"));
        Assert.Contains("疑似压缩炸弹", body);
    }

    [Fact]
    public async Task XlsxBombInNormativeImportIsRefused()
    {
        var organ = await factory.NewOrganAsync();
        var admin = await factory.StaffClientAsync(PublicationTestKit.Unique("bomb-norm-"), (organ.Id, BusinessRole.OrganizationAdmin));
        var page = $"/admin/normative/import?org={organ.Id}";
        var body = await WithinBoundsAsync(() => PostFileAsync(admin, page, page, BombFiles.Xlsx, "normative.xlsx", fileField: "upload",
            extra: new() { ["org"] = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.Contains("疑似压缩炸弹", body);
    }

    [Fact]
    public async Task DocxBombAttachmentIsRefused()
    {
        var (editor, id) = await DraftAsync();
        var body = await WithinBoundsAsync(() => editor.UploadAsync(id, "名单.docx", BombFiles.Docx));
        Assert.Contains("疑似压缩炸弹", body);
    }

    [Fact]
    public async Task XlsxBombAttachmentIsRefused()
    {
        var (editor, id) = await DraftAsync();
        var body = await WithinBoundsAsync(() => editor.UploadAsync(id, "名单.xlsx", BombFiles.Xlsx));
        Assert.Contains("疑似压缩炸弹", body);
    }

    [Fact]
    public async Task PdfBombAttachmentIsRefused()
    {
        Assert.True(BombFiles.Pdf.Length < 2 * 1024 * 1024);
        var (editor, id) = await DraftAsync();
        var body = await WithinBoundsAsync(() => editor.UploadAsync(id, "名单.pdf", BombFiles.Pdf));
        Assert.Contains("疑似压缩炸弹", body);
    }

    /// <summary>The text reader builds a whole tree per part: a part within the upload limit but too
    /// big for a tree is not read (the check then asks for a manual look), and memory stays bounded.</summary>
    [Fact]
    public async Task DocxWithAnOversizedXmlPartIsNotLoadedForTextExtraction()
    {
        var docx = PublicationTestKit.Zip([("word/document.xml", 60L * 1024 * 1024)]);
        var extractor = new AttachmentTextExtractor(NullLogger<AttachmentTextExtractor>.Instance);
        (AttachmentTextStatus Status, string? Text) result = default;
        var growth = await BombFiles.PeakGrowthAsync(() =>
        {
            result = extractor.Extract(AttachmentKind.Docx, new MemoryStream(docx));
            return Task.CompletedTask;
        });
        Assert.Equal(AttachmentTextStatus.Failed, result.Status);
        Assert.True(growth < MaxGrowth, $"working set grew by {growth / 1024 / 1024} MB");
    }

    private async Task<(HttpClient Editor, int Id)> DraftAsync()
    {
        var orgId = await factory.OrganAsync();
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        return (editor, await editor.CreateDraftAsync(orgId, "炸弹附件测试"));
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string page, string action, byte[] file, string fileName,
        string fileField = "Upload", Dictionary<string, string>? extra = null)
    {
        var html = await client.GetStringAsync(page);
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in extra ?? [])
        {
            form.Add(new StringContent(value), name);
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, fileField, fileName);
        return await client.PostAsync(action, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
