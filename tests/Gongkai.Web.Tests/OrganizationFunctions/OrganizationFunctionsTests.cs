using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.OrganizationFunctions;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.OrganizationFunctions;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.OrganizationFunctions;

/// <summary>The 机构职能 record (《条例》第二十条第（二）项: 机关职能、机构设置、办公地址、办公时间、
/// 联系方式、负责人姓名): edited by the organ's editor, public only once a reviewer of the organ approves
/// it, versioned with dates, compiled into the district 机构职能目录.</summary>
public sealed class OrganizationFunctionsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_record_is_versioned_and_the_public_sees_only_the_reviewed_version_and_when_it_changed()
    {
        var orgId = await factory.PortalOrganAsync();
        var editor = await factory.FunctionsStaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await factory.FunctionsStaffAsync(orgId, BusinessRole.Reviewer);
        var reader = factory.CreateClient();

        await editor.SaveAsync(orgId, FunctionsTestKit.Form("江津区几江街道第一版路1号"));
        Assert.DoesNotContain("江津区几江街道第一版路1号", await reader.GetStringAsync($"/xxgk/{orgId}/item-2"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/organizations/{orgId}/functions")).StatusCode);

        // The author's own review is refused, as for publications.
        var both = await factory.StaffClientAsync(FunctionsTestKit.Unique("fn-both-"), (orgId, BusinessRole.Editor), (orgId, BusinessRole.Reviewer));
        await both.SaveAsync(orgId, FunctionsTestKit.Form("江津区几江街道第一版路1号"));
        Assert.Equal(HttpStatusCode.Forbidden, (await both.ApproveAsync(orgId)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.ApproveAsync(orgId)).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var page = await reader.GetStringAsync($"/xxgk/{orgId}/item-2");
        Assert.Contains("江津区几江街道第一版路1号", page);
        // Duties pasted with their own numbers are listed once, numbered by the page.
        Assert.Contains("<li>贯彻执行国家和市、区有关教育工作的方针政策。</li>", page);
        Assert.Contains("<li>负责全区教育经费的管理。</li>", page);
        Assert.Contains("现行版本发布于 2026-11-", page);

        // A second version waits for review; meanwhile the public still sees the first.
        await editor.SaveAsync(orgId, FunctionsTestKit.Form("江津区鼎山街道第二版路2号"));
        page = await reader.GetStringAsync($"/xxgk/{orgId}/item-2");
        Assert.Contains("江津区几江街道第一版路1号", page);
        Assert.DoesNotContain("第二版路", page);

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.ApproveAsync(orgId)).StatusCode);
        page = await reader.GetStringAsync($"/xxgk/{orgId}/item-2");
        Assert.Contains("江津区鼎山街道第二版路2号", page);
        Assert.DoesNotContain("第一版路", page);

        var json = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{orgId}/functions");
        Assert.Equal("江津区鼎山街道第二版路2号", json.GetProperty("address").GetString());
        var history = json.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.True(history[0].GetProperty("publishedAt").GetDateTimeOffset() > history[1].GetProperty("publishedAt").GetDateTimeOffset());

        await factory.WithDbAsync(async db =>
        {
            var versions = await db.Set<OrganizationFunctionsVersion>().Where(v => v.OrganizationId == orgId).OrderBy(v => v.Number).ToListAsync();
            // 1: replaced by 2 before review; 2: public, then replaced by 3; 3: public.
            Assert.Equal([FunctionsVersionStatus.Withdrawn, FunctionsVersionStatus.Superseded, FunctionsVersionStatus.Published],
                versions.Select(v => v.Status).ToArray());
            Assert.True(await db.Set<AuditEntry>().CountAsync(e => e.EventType == "organizationFunctions.published" && e.TargetId == orgId.ToString()) == 2);
        });
    }

    [Fact]
    public async Task An_editor_of_another_organ_cannot_edit_the_record()
    {
        var orgA = await factory.PortalOrganAsync();
        var orgB = await factory.PortalOrganAsync();
        var editorB = await factory.FunctionsStaffAsync(orgB, BusinessRole.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editorB.GetAsync($"/admin/functions/{orgA}")).StatusCode);
        // A valid anti-forgery token from B's own page, posted to A's.
        var response = await editorB.PostFormAsync($"/admin/functions/{orgB}", FunctionsTestKit.Form("别的机关的地址"), $"/admin/functions/{orgA}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        // A reviewer of A is a member but no editor: it may look, not save.
        var reviewerA = await factory.FunctionsStaffAsync(orgA, BusinessRole.Reviewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewerA.PostFormAsync($"/admin/functions/{orgA}", FunctionsTestKit.Form("审核人的地址"))).StatusCode);

        var api = await factory.ApiStaffAsync((orgB, BusinessRole.Editor));
        var put = await api.PutAsJsonAsync($"/api/v1/organizations/{orgA}/functions", new { duties = new[] { "职责" }, address = "地址", hours = "工作日", phone = "023-47520000" });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);

        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Set<OrganizationFunctionsVersion>().AnyAsync(v => v.OrganizationId == orgA));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "organization.denied" && e.TargetId == orgA.ToString()));
        });
    }

    [Fact]
    public async Task The_API_round_trip_saves_a_version_pending_review_and_answers_the_published_record()
    {
        var orgId = await factory.PortalOrganAsync();
        var linked = await factory.PortalOrganAsync();
        var editor = await factory.ApiStaffAsync((orgId, BusinessRole.Editor));
        var reviewer = await factory.ApiStaffAsync((orgId, BusinessRole.Reviewer));
        var body = new
        {
            duties = new[] { "（一）负责全区市场监督管理。", "（二）负责市场主体统一登记注册。" },
            internalBodies = new[] { new { name = "登记注册科", duties = "承担市场主体登记注册。", phone = "023-47528001" } },
            subordinates = new object[]
            {
                new { name = "江津区市场监管综合行政执法支队", kind = "下属行政机构", duties = "承担执法工作。", organizationId = (int?)linked },
                new { name = "江津区食品药品检验所", kind = "publicInstitution", duties = "承担检验检测。", organizationId = (int?)null },
            },
            leaders = new[] { new { name = "李四", position = "局长", responsibilities = "主持全面工作。" } },
            address = "江津区几江街道鼎山大道100号",
            hours = "工作日 9:00—17:30",
            phone = "023-47528000",
            fax = (string?)null,
            postcode = "402260",
            website = "https://www.jiangjin.gov.cn",
        };

        var put = await editor.PutAsJsonAsync($"/api/v1/organizations/{orgId}/functions", body);
        Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
        var saved = await put.JsonAsync();
        Assert.Equal("pendingReview", saved.GetProperty("status").GetString());
        var number = saved.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/organizations/{orgId}/functions")).StatusCode);

        var approve = await reviewer.PostAsJsonAsync($"/api/v1/organizations/{orgId}/functions/versions/{number}/approve", new { comment = "同意公开" });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal("published", (await approve.JsonAsync()).GetProperty("status").GetString());

        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{orgId}/functions");
        Assert.Equal(["负责全区市场监督管理。", "负责市场主体统一登记注册。"], json.GetProperty("duties").EnumerateArray().Select(d => d.GetString()!).ToArray());
        Assert.Equal("登记注册科", json.GetProperty("internalBodies")[0].GetProperty("name").GetString());
        var unit = json.GetProperty("subordinates")[0];
        Assert.Equal("administrativeBody", unit.GetProperty("kind").GetString());
        Assert.Equal($"/xxgk/{linked}", unit.GetProperty("url").GetString());
        Assert.Equal("事业单位", json.GetProperty("subordinates")[1].GetProperty("kindName").GetString());
        Assert.Equal("李四", json.GetProperty("leaders")[0].GetProperty("name").GetString());
        Assert.Equal("江津区几江街道鼎山大道100号", json.GetProperty("address").GetString());
        Assert.Equal("402260", json.GetProperty("postcode").GetString());

        // The linked unit leads to that organ's own platform on the column page.
        Assert.Contains($"<a href=\"/xxgk/{linked}\">江津区市场监管综合行政执法支队</a>", await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/item-2"));
    }

    [Fact]
    public async Task A_record_without_address_or_with_a_bad_postcode_is_refused_with_messages_naming_the_field_and_row()
    {
        var orgId = await factory.PortalOrganAsync();
        var editor = await factory.ApiStaffAsync((orgId, BusinessRole.Editor));
        var put = await editor.PutAsJsonAsync($"/api/v1/organizations/{orgId}/functions", new
        {
            duties = new[] { "负责全区教育工作。" },
            leaders = new[] { new { name = "王五", position = "", responsibilities = "分管财务。" } },
            subordinates = new[] { new { name = "某中心", kind = "协会", duties = "" } },
            hours = "工作日",
            phone = "023-47520000",
            postcode = "40226",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, put.StatusCode);
        Assert.Contains("下属单位第1行：单位类别“协会”无效", await put.Content.ReadAsStringAsync());

        put = await editor.PutAsJsonAsync($"/api/v1/organizations/{orgId}/functions", new
        {
            duties = new[] { "负责全区教育工作。" },
            leaders = new[] { new { name = "王五", position = "", responsibilities = "分管财务。" } },
            hours = "工作日",
            phone = "023-47520000",
            postcode = "40226",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, put.StatusCode);
        var errors = (await put.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("请填写办公地址。", errors);
        Assert.Contains("领导信息第1行：请填写职务。", errors);
        Assert.Contains(errors, e => e!.StartsWith("邮编“40226”格式不正确", StringComparison.Ordinal));
        await factory.WithDbAsync(async db => Assert.False(await db.Set<OrganizationFunctionsVersion>().AnyAsync(v => v.OrganizationId == orgId)));
    }

    [Fact]
    public async Task The_catalogues_Word_file_opens_and_lists_every_organ_with_a_published_record_in_directory_order()
    {
        var first = await factory.PortalOrganAsync(OrganizationKind.Town);
        var second = await factory.PortalOrganAsync();
        var pendingOnly = await factory.PortalOrganAsync();
        await factory.PublishAsync(first, "江津区白沙镇目录路1号");
        await factory.PublishAsync(second, "江津区几江街道目录路2号");
        var editor = await factory.FunctionsStaffAsync(pendingOnly, BusinessRole.Editor);
        await editor.SaveAsync(pendingOnly, FunctionsTestKit.Form("江津区未审核路3号"));

        var published = new List<Organization>();
        await factory.WithDbAsync(async db =>
        {
            var ids = await db.Set<OrganizationFunctionsVersion>().Where(v => v.Status == FunctionsVersionStatus.Published).Select(v => v.OrganizationId).ToListAsync();
            published = await db.Set<Organization>().Where(o => ids.Contains(o.Id)).ToListAsync();
        });
        Assert.Contains(published, o => o.Id == first);
        Assert.Contains(published, o => o.Id == second);

        var response = await factory.CreateClient().GetAsync("/jgznml.docx");
        Assert.Equal(OrganizationFunctionsFeature.WordType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("重庆市江津区机构职能目录", paragraphs[0]);
        var organHeadings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "CatalogueOrgan")
            .Select(p => p.InnerText).ToList();
        Assert.Equal(published.Count, organHeadings.Count);
        foreach (var organ in published)
        {
            Assert.Contains(organHeadings, h => h.EndsWith("．" + organ.Name, StringComparison.Ordinal));
        }

        // Directory order: the department group comes before the towns.
        Assert.True(organHeadings.FindIndex(h => h.EndsWith(published.Single(o => o.Id == second).Name, StringComparison.Ordinal))
            < organHeadings.FindIndex(h => h.EndsWith(published.Single(o => o.Id == first).Name, StringComparison.Ordinal)));
        Assert.Contains("办公地址：江津区白沙镇目录路1号", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("未审核路", StringComparison.Ordinal));
        Assert.Contains("局长", body.Descendants<Table>().SelectMany(t => t.Descendants<TableCell>()).Select(c => c.InnerText));

        var page = await factory.CreateClient().GetStringAsync("/jgznml");
        Assert.Contains($"href=\"#organ-{first}\"", page);
        Assert.Contains("江津区几江街道目录路2号", page);
        Assert.Contains("尚未发布机构职能的机关", page);
    }
}
