using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.NormativeDocuments;

public sealed class DistrictCompilationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Page = "/admin/normative/district-compilations";

    [Fact]
    public async Task The_district_office_compiles_published_documents_of_several_organs_into_one_page_and_Word_file()
    {
        var topic = PublicationTestKit.Unique("全区汇编");
        var agriculture = await factory.OrganAsync();
        var housing = await factory.OrganAsync();
        var office = await factory.OrganAsync();
        var aEditor = await factory.StaffAsync(agriculture, BusinessRole.Editor);
        var aReviewer = await factory.StaffAsync(agriculture, BusinessRole.Reviewer);
        var hEditor = await factory.StaffAsync(housing, BusinessRole.Editor);
        var hReviewer = await factory.StaffAsync(housing, BusinessRole.Reviewer);
        var onTopic = new Dictionary<string, string> { ["Item.Topic"] = topic };
        await factory.PublishedNormativeAsync(aEditor, aReviewer, agriculture, "农业文件甲", "江津农发〔2026〕21号", onTopic);
        await factory.PublishedNormativeAsync(aEditor, aReviewer, agriculture, "农业文件乙", "江津农发〔2026〕22号", onTopic);
        await factory.CreateNormativeAsync(aEditor, agriculture, "尚未公开的农业草稿", "江津农发〔2026〕23号", onTopic);
        await factory.PublishedNormativeAsync(hEditor, hReviewer, housing, "住建文件丙", "江津建发〔2026〕7号", onTopic);
        await factory.PublishedNormativeAsync(hEditor, hReviewer, housing, "其他主题的住建文件", "江津建发〔2026〕8号");
        var compiler = await factory.StaffAsync(office, BusinessRole.Supervisor);
        var publisher = await factory.StaffAsync(office, BusinessRole.Supervisor, BusinessRole.Reviewer);

        await compiler.PostFormAsync(Page, new() { ["Input.Title"] = "江津区2026年行政规范性文件汇编", ["Input.Topic"] = topic },
            $"{Page}?handler=Create").ExpectRedirectAsync();

        var id = 0;
        await factory.WithDbAsync(async db =>
        {
            var c = await db.Set<Compilation>().Include(x => x.Items).SingleAsync(x => x.DistrictWide && x.Title == "江津区2026年行政规范性文件汇编");
            id = c.Id;
            Assert.Equal(office, c.OrganizationId);
            Assert.Equal(3, c.Items.Count);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "normative.districtCompilationCreated" && e.TargetId == id.ToString()));
        });
        var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/gfxwj/compilations/{id}")).StatusCode);
        // Publishing puts it before the public, so it takes a reviewer of the district office, not any supervisor.
        Assert.Equal(HttpStatusCode.Forbidden, (await compiler.PostFormAsync(Page, new() { ["id"] = id.ToString() }, $"{Page}?handler=Publish")).StatusCode);
        await publisher.PostFormAsync(Page, new() { ["id"] = id.ToString() }, $"{Page}?handler=Publish").ExpectRedirectAsync();

        var organNames = new List<string>();
        await factory.WithDbAsync(async db => organNames = await db.Set<Organization>().Where(o => o.Id == agriculture || o.Id == housing).Select(o => o.Name).ToListAsync());
        var page = await visitor.GetStringAsync($"/gfxwj/compilations/{id}");
        foreach (var expected in new[] { "农业文件甲", "农业文件乙", "住建文件丙", "江津建发〔2026〕7号", "全区文件汇编" }.Concat(organNames))
        {
            Assert.Contains(expected, page);
        }

        Assert.DoesNotContain("尚未公开的农业草稿", page);
        Assert.DoesNotContain("其他主题的住建文件", page);
        var library = await visitor.GetStringAsync("/gfxwj");
        Assert.Contains($"/gfxwj/compilations/{id}", library);
        Assert.Contains("江津区2026年行政规范性文件汇编", library);

        var file = await visitor.GetAsync($"/gfxwj/compilations/{id}.docx");
        Assert.Equal(NormativeDocumentsFeature.WordType, file.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        using var word = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        foreach (var expected in new[] { "江津区2026年行政规范性文件汇编", "农业文件甲", "农业文件乙", "住建文件丙", "住建文件丙正文第一段" }.Concat(organNames))
        {
            Assert.Contains(expected, text);
        }

        Assert.DoesNotContain("尚未公开的农业草稿", text);
    }

    [Fact]
    public async Task The_organ_filter_limits_a_district_compilation_to_one_organ()
    {
        var topic = PublicationTestKit.Unique("单机关");
        var first = await factory.OrganAsync();
        var second = await factory.OrganAsync();
        var office = await factory.OrganAsync();
        var e1 = await factory.StaffAsync(first, BusinessRole.Editor);
        var r1 = await factory.StaffAsync(first, BusinessRole.Reviewer);
        var e2 = await factory.StaffAsync(second, BusinessRole.Editor);
        var r2 = await factory.StaffAsync(second, BusinessRole.Reviewer);
        var onTopic = new Dictionary<string, string> { ["Item.Topic"] = topic };
        var kept = await factory.PublishedNormativeAsync(e1, r1, first, "本机关的文件", "江津水发〔2026〕1号", onTopic);
        await factory.PublishedNormativeAsync(e2, r2, second, "别的机关的文件", "江津交发〔2026〕1号", onTopic);
        var supervisor = await factory.StaffAsync(office, BusinessRole.Supervisor);

        await supervisor.PostFormAsync(Page, new() { ["Input.Title"] = "水利汇编", ["Input.Topic"] = topic, ["Input.Org"] = first.ToString() },
            $"{Page}?handler=Create").ExpectRedirectAsync();

        await factory.WithDbAsync(async db =>
        {
            var c = await db.Set<Compilation>().Include(x => x.Items).SingleAsync(x => x.Title == "水利汇编");
            Assert.Equal([kept.DocumentId], c.Items.Select(i => i.DocumentId));
        });
    }

    [Fact]
    public async Task An_ordinary_organ_editor_or_reviewer_cannot_see_or_create_a_district_compilation()
    {
        var organ = await factory.OrganAsync();
        var staff = await factory.StaffAsync(organ, BusinessRole.Editor, BusinessRole.Reviewer, BusinessRole.OrganizationAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Page)).StatusCode);
        var post = await staff.PostFormAsync($"/admin/normative?org={organ}", new() { ["Input.Title"] = "越权汇编" }, $"{Page}?handler=Create");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Set<Compilation>().AnyAsync(c => c.Title == "越权汇编"));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "organization.denied" && e.Detail == "新建全区文件汇编"));
        });
    }
}
