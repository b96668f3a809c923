using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.Privacy;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Web.Tests.Publications;

/// <summary>Drives items through the staff pages for the attachment and check tests: organs with
/// one review stage by default (so one reviewer publishes), drafts, uploads, approvals, and small
/// generated files (PDF, docx, zip).</summary>
public static partial class PublicationTestKit
{
    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    public static async Task<int> OrganAsync(this GongkaiFactory factory, int stages = 1, Action<Organization>? configure = null)
    {
        var organ = new Organization { Name = Unique("测试机关"), ShortName = Unique("测"), Kind = OrganizationKind.Department };
        configure?.Invoke(organ);
        await factory.WithDbAsync(async db =>
        {
            db.Add(organ);
            await db.SaveChangesAsync();
            db.Add(new PublicationSettings { OrganizationId = organ.Id, ReviewStages = stages });
            await db.SaveChangesAsync();
        });
        return organ.Id;
    }

    public static Task<HttpClient> StaffAsync(this GongkaiFactory factory, int orgId, params BusinessRole[] roles) =>
        factory.StaffClientAsync(Unique("pub-"), roles.Select(r => (orgId, r)).ToArray());

    public static async Task<int> CreateDraftAsync(this HttpClient editor, int orgId, string title, string body = "<p>正文</p>",
        string formedOn = "2026-11-20", string? documentNumber = "江津府办发〔2026〕12号", string? signedOn = "2026-11-18")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.ColumnKey"] = "item-1",
            ["Input.Title"] = title,
            ["Input.DocumentNumber"] = documentNumber ?? "",
            ["Input.Topic"] = "综合政务",
            ["Input.Genre"] = "通知",
            ["Input.Validity"] = "Valid",
            ["Input.SignedOn"] = signedOn ?? "",
            ["Input.FormedOn"] = formedOn,
            ["Input.BodyHtml"] = body,
            ["Input.ScheduledFor"] = "",
        };
        var response = await editor.PostFormAsync($"/admin/publications/edit?org={orgId}", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, int id, string handler, Dictionary<string, string>? fields = null) =>
        client.PostFormAsync($"/admin/publications/{id}", fields ?? [], $"/admin/publications/{id}?handler={handler}");

    public static async Task ExpectRedirectAsync(this Task<HttpResponseMessage> action)
    {
        var response = await action;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Submits and approves through every stage (one reviewer per stage).</summary>
    public static async Task PublishAsync(this HttpClient editor, int id, params HttpClient[] reviewers)
    {
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();
        foreach (var reviewer in reviewers)
        {
            await reviewer.ApproveAsync(id).ExpectRedirectAsync();
        }
    }

    /// <summary>The approval form of a reviewer who did the stage's checks: the stage's proofreading
    /// (校, 三审三校) and the 保密审查 taken with it (required before the final approval; recorded
    /// again at earlier stages, which the rule allows). <paramref name="fields"/> adds or overrides.</summary>
    public static Dictionary<string, string> ReviewedFields(Dictionary<string, string>? fields = null)
    {
        var all = new Dictionary<string, string> { ["Proofread"] = "true", ["ConfidentialityPassed"] = "true" };
        foreach (var (key, value) in fields ?? [])
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Approves the item's current stage through the page, with the stage's checks done.</summary>
    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient reviewer, int id, Dictionary<string, string>? fields = null) =>
        reviewer.ActAsync(id, "Approve", ReviewedFields(fields));

    /// <summary>Approves the stages still open, one reviewer each, with the stage's checks done.</summary>
    public static async Task ApproveEachAsync(int id, params HttpClient[] reviewers)
    {
        foreach (var reviewer in reviewers)
        {
            await reviewer.ApproveAsync(id).ExpectRedirectAsync();
        }
    }

    /// <summary>The API body of an approval with the stage's checks done (see <see cref="ReviewedFields"/>).</summary>
    public static object ApproveBody(string comment = "同意", string? overrideReason = null) =>
        new { comment, overrideReason, proofread = true, confidentialityReview = "passed" };

    /// <summary>Posts a file to the item's upload form, as a browser does (multipart, anti-forgery token).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient editor, int id, string fileName, byte[] content)
    {
        var html = await editor.GetStringAsync($"/admin/publications/{id}");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        // RFC 5987 filename*, so odd names (backslashes, %2e, control characters, Chinese) reach the server unchanged.
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"Upload\"; filename=\"upload\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}");
        form.Add(file);
        return await editor.PostAsync($"/admin/publications/{id}?handler=Upload", form);
    }

    /// <summary>A valid 18-character ID number born on the given date, with a correct check character.</summary>
    public static string IdNumber(string first17 = "50011619900307123") => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

    public static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        var y = 780;
        foreach (var line in lines)
        {
            page.AddText(line, 12, new PdfPoint(50, y), font);
            y -= 20;
        }

        return builder.Build();
    }

    /// <summary>A Word file with one paragraph and a table of the given rows.</summary>
    public static byte[] Docx(string paragraph, params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var table = new Table(rows.Select(r => new TableRow(r.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))))));
            main.Document = new Document(new Body(new Paragraph(new Run(new Text(paragraph))), table));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A zip with the given entries: name and size in bytes of zeros (compresses to almost nothing).</summary>
    public static byte[] Zip(IEnumerable<(string Name, long Size)> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            foreach (var (name, size) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                for (var left = size; left > 0; left -= zeros.Length)
                {
                    entry.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
                }
            }
        }

        return stream.ToArray();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
