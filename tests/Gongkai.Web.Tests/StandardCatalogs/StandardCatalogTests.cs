using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.StandardCatalogs;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.StandardCatalogs;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.StandardCatalogs;

public sealed class StandardCatalogTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<HttpClient> EditorTokenAsync(int orgId)
    {
        var name = PublicationTestKit.Unique("bz-ed-");
        await factory.CreateStaffAsync(name, [(orgId, BusinessRole.Editor)]);
        return factory.ApiClient(await factory.ApiTokenAsync(name));
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] file, string fileName)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        return client.PostAsync(url, content);
    }

    [Fact]
    public async Task A_catalogue_row_of_ten_working_days_makes_an_item_published_on_the_eleventh_working_day_late()
    {
        var orgId = await factory.OrganAsync();
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        var today = ChinaTime.Today(factory.Clock);
        // Formed so that today, the day it is published, is the 11th working day after formation.
        var formed = today.AddDays(-1);
        while (WorkingDayCalendar.Official.AddWorkingDays(formed, 11).Due != today)
        {
            formed = formed.AddDays(-1);
        }

        var id = await editor.CreateDraftAsync(orgId, "低保对象名单公示（第11个工作日发布）", formedOn: formed.ToString("yyyy-MM-dd"));
        await editor.PublishAsync(id, reviewer);
        // Art. 26 alone: 20 working days, so on time.
        Assert.DoesNotContain("第11个工作日发布", LateList(await editor.GetStringAsync("/admin/publications")));

        var api = await EditorTokenAsync(orgId);
        var rows = new[]
        {
            new { level1 = "社会救助", level2 = "最低生活保障", content = "低保对象名单", basis = "《社会救助暂行办法》", timeLimit = "10个工作日内", subject = "区民政局", channels = "■政府网站 □两微一端 ■公示栏", audience = "全社会", mode = "主动", level = "区级", column = "item-1" },
        };
        var import = await api.PostAsJsonAsync($"/api/v1/standard-catalogs/{orgId}/import?area=社会救助", rows);
        var body = await import.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.True(body.GetProperty("saved").GetBoolean(), body.ToString());
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("rows")[0].GetProperty("columnId").ValueKind);

        // The catalogue's 10 working days now govern the column: published on the 11th, late.
        Assert.Contains("第11个工作日发布", LateList(await editor.GetStringAsync("/admin/publications")));
        var detail = await editor.GetStringAsync($"/admin/publications/{id}");
        Assert.Contains("标准目录“最低生活保障”：10个工作日内", detail);
        Assert.Contains("已超期", detail);
    }

    [Fact]
    public async Task A_town_that_adopts_four_areas_lists_only_those_and_starts_from_the_district_template()
    {
        var townId = await factory.OrganAsync(configure: o => o.Kind = OrganizationKind.Town);
        var supervisorName = PublicationTestKit.Unique("bz-sv-");
        await factory.CreateStaffAsync(supervisorName, [(townId, BusinessRole.Supervisor)]);
        var office = factory.ApiClient(await factory.ApiTokenAsync(supervisorName));
        var template = new[]
        {
            new { level1 = "特困人员救助供养", level2 = "特困人员认定", content = "办理条件、程序", timeLimit = "自信息形成或者变更之日起20个工作日内", channels = "政府网站、便民服务站", mode = "主动", level = "镇级" },
        };
        var saved = await office.PostAsJsonAsync("/api/v1/standard-catalogs/template/import?area=11", template);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var api = await EditorTokenAsync(townId);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/standard-catalogs/template/import?area=11", template)).StatusCode);
        var adopted = await api.PutAsJsonAsync($"/api/v1/standard-catalogs/{townId}/areas", new { areas = new[] { 3, 11, 14, 17 } });
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);

        var page = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/xxgk/{townId}/bzml"));
        var headings = page.QuerySelectorAll("section.catalogue-area h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["财政预决算领域", "社会救助领域", "涉农补贴领域", "义务教育领域"], headings);
        Assert.Contains("特困人员认定", page.GetElementById("area-11")!.TextContent);
        Assert.Null(page.GetElementById("area-1"));

        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/standard-catalogs?organization={townId}");
        Assert.Equal([3, 11, 14, 17], json.EnumerateArray().Select(a => a.GetProperty("number").GetInt32()).ToArray());
        var district = await factory.CreateClient().GetStringAsync("/bzml");
        Assert.Contains($"/xxgk/{townId}/bzml#area-17", district);
        Assert.Contains("公共文化服务", district);
    }

    [Fact]
    public async Task A_spreadsheet_with_an_unknown_channel_and_an_unreadable_time_limit_is_imported_with_warnings()
    {
        var orgId = await factory.OrganAsync();
        var api = await EditorTokenAsync(orgId);
        var csv = "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级\r\n"
            + "1,项目审批,审批结果,批复文件,《政府投资条例》,自信息形成或者变更之日起20个工作日内,区发展改革委,政府网站、村村响大喇叭,全社会,主动,区级\r\n"
            + "2,,招标信息,招标公告,《招标投标法》,项目开工前择机,区发展改革委,政府网站,全社会,主动,区级\r\n";
        var response = await UploadAsync(api, $"/api/v1/standard-catalogs/{orgId}/import?area=1", Encoding.UTF8.GetBytes(csv), "目录.csv");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.GetProperty("imported").GetInt32());
        var warnings = body.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.Contains("第2行") && w.Contains("村村响大喇叭") && w.Contains("其他"));
        Assert.Contains(warnings, w => w.Contains("第3行") && w.Contains("项目开工前择机") && w.Contains("20个工作日"));

        List<CatalogueEntry> stored = [];
        await factory.WithDbAsync(async db => stored = await db.Set<CatalogueEntry>().Where(e => e.OrganizationId == orgId).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.Equal(DisclosureChannel.GovernmentWebsite | DisclosureChannel.Other, stored[0].Channels);
        Assert.Equal("村村响大喇叭", stored[0].OtherChannels);
        // The merged 一级事项 cell reaches the second row; the unreadable limit counts as Art. 26's 20 days.
        Assert.Equal("项目审批", stored[1].Level1);
        Assert.Equal(TimeLimitKind.Unparsed, stored[1].TimeLimitKind);
        Assert.Equal(20, stored[1].ItemWorkingDays);
        Assert.Equal("项目开工前择机", stored[1].TimeLimit);

        // The export is the published layout (merged two-row header) and reads back as the same rows.
        var export = await factory.CreateClient().GetByteArrayAsync($"/xxgk/{orgId}/bzml.xlsx?area=1");
        var (rows, error) = StandardCatalogsApi.FromFile(export, "目录.xlsx");
        Assert.Null(error);
        Assert.Equal(2, rows!.Count);
        Assert.Equal("审批结果", rows[0].Input.Level2);
        Assert.Equal(DisclosureChannel.GovernmentWebsite | DisclosureChannel.Other, rows[0].Channels);
        Assert.Equal(CatalogueMode.Proactive, rows[1].Mode);
        Assert.Equal(CatalogueLevel.District, rows[1].Level);
        Assert.Equal(TimeLimitKind.Unparsed, rows[1].TimeLimit.Kind);

        // A row with neither 事项 is an error: nothing is saved.
        var bad = await api.PostAsJsonAsync($"/api/v1/standard-catalogs/{orgId}/import?area=1", new[] { new { content = "只有内容", mode = "主动" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("第1行：缺少公开事项", await bad.Content.ReadAsStringAsync());
    }

    private static string LateList(string html) =>
        new HtmlParser().ParseDocument(html).GetElementById("timeliness-late")?.TextContent ?? "";
}
