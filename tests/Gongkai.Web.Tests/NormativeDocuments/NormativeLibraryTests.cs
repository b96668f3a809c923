using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.AnnualReports;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.NormativeDocuments;

public sealed class NormativeLibraryTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task A_document_goes_public_only_after_review_and_is_found_by_its_number_in_any_bracket_style()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var doc = await factory.CreateNormativeAsync(editor, organ, "关于加强城市管理的若干规定", "江津府办发[2026] 12 号",
            new() { ["Input.FilingNumber"] = "津司备〔2026〕3号", ["Input.FiledOn"] = "2026-11-25", ["Input.FilingResult"] = "予以备案" });
        var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/gfxwj/{doc.DocumentId}")).StatusCode);

        await editor.PublishAsync(doc.PublicationId, reviewer);

        await factory.WithDbAsync(async db =>
        {
            // The publication carries the canonical number, so the platform's lists and search see it.
            Assert.Equal("江津府办发〔2026〕12号", await db.Set<Publication>().Where(p => p.Id == doc.PublicationId).Select(p => p.DocumentNumber).SingleAsync());
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "normative.created" && e.TargetId == doc.DocumentId.ToString()));
        });
        var page = await visitor.GetStringAsync($"/gfxwj/{doc.DocumentId}");
        Assert.Contains("江津府办发〔2026〕12号", page);
        Assert.Contains("有效", page);
        Assert.Contains("正文第一段", page);
        foreach (var query in new[] { "number=江津府办发（2026）12号", "number=江津府办发﹝2026﹞12", $"Filter.Org={organ}&Filter.Prefix=江津府办&Filter.NumberYear=2026&Filter.Number=12" })
        {
            Assert.Contains("关于加强城市管理的若干规定", await visitor.GetStringAsync($"/gfxwj?{query}"));
        }

        Assert.DoesNotContain("关于加强城市管理的若干规定", await visitor.GetStringAsync("/gfxwj?number=江津府办发〔2026〕13号"));
        Assert.Contains("关于加强城市管理的若干规定", await visitor.GetStringAsync($"/gfxwj?Filter.Org={organ}&Filter.Validity=Valid&Filter.Year=2026"));
        Assert.DoesNotContain("关于加强城市管理的若干规定", await visitor.GetStringAsync($"/gfxwj?Filter.Org={organ}&Filter.Validity=Repealed"));
        var filing = await visitor.GetStringAsync("/gfxwj/filing");
        Assert.Contains("津司备〔2026〕3号", filing);
        Assert.Contains("予以备案", filing);
    }

    [Fact]
    public async Task Site_search_finds_a_published_normative_document_by_its_number_in_another_bracket_style()
    {
        var m = SearchTestKit.Marker();
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var doc = await factory.PublishedNormativeAsync(editor, reviewer, organ, $"关于{m}的规定", $"江津{m}发〔2026〕7号");
        await factory.IndexedAsync();

        var visitor = factory.CreateClient();
        Assert.Contains(doc.PublicationId, (await visitor.SearchApiAsync("docno=" + Uri.EscapeDataString($"江津{m}发[2026]7号"))).Ids());
        Assert.Contains(doc.PublicationId, (await visitor.SearchApiAsync(SearchTestKit.Q($"江津{m}发（2026）7号"))).Ids());
        Assert.DoesNotContain(doc.PublicationId, (await visitor.SearchApiAsync("docno=" + Uri.EscapeDataString($"江津{m}发〔2026〕8号"))).Ids());
    }

    [Fact]
    public async Task The_same_number_twice_in_one_organ_is_refused_with_a_reason_and_nothing_is_saved()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        await factory.CreateNormativeAsync(editor, organ, "第一份文件", "江津府发〔2026〕5号");

        var again = await editor.PostNormativeAsync(organ, "第二份文件", "江津府发﹝2026﹞5号");
        var bad = await editor.PostNormativeAsync(organ, "第三份文件", "江津府发2026年5号");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("本机关已有发文字号为 江津府发〔2026〕5号", await again.Content.ReadAsStringAsync());
        Assert.Contains("格式不正确", await bad.Content.ReadAsStringAsync());
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.Set<NormativeDocument>().CountAsync(d => d.OrganizationId == organ));
            Assert.False(await db.Set<Publication>().AnyAsync(p => p.Title == "第二份文件" || p.Title == "第三份文件"));
        });
    }

    [Fact]
    public async Task Another_organs_editor_and_a_mere_editor_cannot_act_on_a_document()
    {
        var organ = await factory.OrganAsync();
        var other = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var stranger = await factory.StaffAsync(other, BusinessRole.Editor, BusinessRole.Reviewer, BusinessRole.OrganizationAdmin);
        var doc = await factory.PublishedNormativeAsync(editor, reviewer, organ, "他机关不得操作", "江津城管发〔2026〕1号");

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/admin/normative/new?org={organ}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/admin/normative?org={organ}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/admin/normative/import?org={organ}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/admin/interpretations/new?org={organ}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/admin/normative/{doc.DocumentId}")).StatusCode);
        var repeal = new Dictionary<string, string> { ["to"] = "Repealed", ["on"] = "2026-11-27" };
        var strangerPost = await stranger.PostFormAsync($"/admin/normative?org={other}", repeal, $"/admin/normative/{doc.DocumentId}?handler=Change");
        Assert.Equal(HttpStatusCode.NotFound, strangerPost.StatusCode);
        // Recording a repeal changes the public page at once, so it is the reviewer's act, not the editor's.
        var editorPost = await editor.PostFormAsync($"/admin/normative/{doc.DocumentId}", repeal, $"/admin/normative/{doc.DocumentId}?handler=Change");
        Assert.Equal(HttpStatusCode.Forbidden, editorPost.StatusCode);
        var noToken = await reviewer.PostAsync($"/admin/normative/{doc.DocumentId}?handler=Change", new FormUrlEncodedContent(repeal));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        Assert.Empty((await factory.DocumentAsync(doc.DocumentId)).Changes);
        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "organization.denied" && e.Detail == "变更规范性文件有效性")));
    }

    [Fact]
    public async Task The_parse_api_returns_the_parts_or_a_Chinese_reason()
    {
        var client = factory.CreateClient();
        var ok = await client.GetFromJsonAsync<JsonElement>("/api/v1/document-numbers/parse?value=" + Uri.EscapeDataString("江津府办发【２０２０】132"));
        Assert.Equal("江津府办发", ok.GetProperty("prefix").GetString());
        Assert.Equal(2020, ok.GetProperty("year").GetInt32());
        Assert.Equal(132, ok.GetProperty("number").GetInt32());
        Assert.Equal("江津府办发〔2020〕132号", ok.GetProperty("canonical").GetString());

        var bad = await client.GetAsync("/api/v1/document-numbers/parse?value=" + Uri.EscapeDataString("江津府办发2020-132"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("格式不正确", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_compilation_is_published_with_a_table_of_contents_and_one_Word_file_that_opens()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        await factory.PublishedNormativeAsync(editor, reviewer, organ, "汇编文件甲", "江津农发〔2026〕1号");
        await factory.PublishedNormativeAsync(editor, reviewer, organ, "汇编文件乙", "江津农发〔2026〕2号");
        await factory.PublishedNormativeAsync(editor, reviewer, organ, "不入汇编的文件", "江津农发〔2026〕3号");

        var created = await editor.PostFormAsync($"/admin/normative/compilations?org={organ}", new()
        {
            ["Input.Title"] = "2026年农业农村规范性文件汇编",
            ["Input.DocumentNumbers"] = "江津农发[2026]2号\n江津农发(2026)1号",
        }, $"/admin/normative/compilations?org={organ}&handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Set<Compilation>().Where(c => c.OrganizationId == organ).Select(c => c.Id).SingleAsync());
        var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/gfxwj/compilations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostFormAsync($"/admin/normative/compilations?org={organ}", new() { ["id"] = id.ToString() },
            $"/admin/normative/compilations?org={organ}&handler=Publish")).StatusCode);
        await reviewer.PostFormAsync($"/admin/normative/compilations?org={organ}", new() { ["id"] = id.ToString() },
            $"/admin/normative/compilations?org={organ}&handler=Publish").ExpectRedirectAsync();

        var page = await visitor.GetStringAsync($"/gfxwj/compilations/{id}");
        Assert.True(page.IndexOf("汇编文件乙", StringComparison.Ordinal) < page.IndexOf("汇编文件甲", StringComparison.Ordinal), "hand-picked order is kept");
        Assert.DoesNotContain("不入汇编的文件", page);
        var file = await visitor.GetAsync($"/gfxwj/compilations/{id}.docx");
        Assert.Equal(NormativeDocumentsFeature.WordType, file.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        using var word = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("2026年农业农村规范性文件汇编", text);
        Assert.Contains("目　录", text);
        Assert.Contains("汇编文件甲", text);
        Assert.Contains("江津农发〔2026〕2号", text);
        Assert.Contains("汇编文件乙正文第一段", text);
        Assert.DoesNotContain("不入汇编的文件", text);
    }

    [Fact]
    public async Task Annual_counts_give_issued_repealed_and_in_force_per_organ()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var a = await factory.PublishedNormativeAsync(editor, reviewer, organ, "年度统计甲", "江津教发〔2026〕1号");
        await factory.PublishedNormativeAsync(editor, reviewer, organ, "年度统计乙", "江津教发〔2026〕2号");
        await factory.PublishedNormativeAsync(editor, reviewer, organ, "年度统计丙", "江津教发〔2025〕9号", new() { ["Input.SignedOn"] = "2025-03-01", ["Input.EffectiveOn"] = "2025-04-01" });
        await reviewer.PostFormAsync($"/admin/normative/{a.DocumentId}", new() { ["to"] = "Repealed", ["on"] = "2026-11-27" },
            $"/admin/normative/{a.DocumentId}?handler=Change").ExpectRedirectAsync();

        var counts = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/normative-documents/annual-counts?year=2026&org={organ}");
        var row = counts.EnumerateArray().Single();
        Assert.Equal(2, row.GetProperty("issued").GetInt32());
        Assert.Equal(1, row.GetProperty("repealed").GetInt32());
        Assert.Equal(2, row.GetProperty("inForceAtYearEnd").GetInt32());

        // The organ's annual report takes table 二 (第二十条第（一）项) from the library.
        var api = await factory.ApiStaffAsync((organ, BusinessRole.Editor));
        var report = await (await api.GetAsync($"/api/v1/annual-reports/{organ}/2026")).JsonAsync();
        var cells = AnnualReportKit.Cells(report, "proactive.item1");
        Assert.Equal(2, cells[("normativeDocuments", "issued")].GetProperty("computed").GetDecimal());
        Assert.Equal(1, cells[("normativeDocuments", "repealed")].GetProperty("computed").GetDecimal());
        Assert.Equal(2, cells[("normativeDocuments", "inForce")].GetProperty("computed").GetDecimal());
        Assert.Equal("行政规范性文件库", cells[("normativeDocuments", "issued")].GetProperty("source").GetString());
    }
}
