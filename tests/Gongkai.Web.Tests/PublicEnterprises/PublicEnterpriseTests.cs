using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.PublicEnterprises;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Compliance;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Publications.PublicationTestKit;

namespace Gongkai.Web.Tests.PublicEnterprises;

/// <summary>A water company registered under its department by the system administrator: it gets
/// the water-supply columns, its staff publish through review, the public finds it by sector, its
/// department's staff read its items and the overview lists it right after the department.</summary>
public sealed class PublicEnterpriseTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Water_company_under_a_department_publishes_through_review_and_shows_in_directory_and_overview()
    {
        var department = await factory.OrganAsync();
        var admin = await factory.SystemAdminClientAsync();
        var name = Unique("重庆市江津区自来水有限公司");
        var created = await admin.PostFormAsync("/admin/organizations/new", new()
        {
            ["Form.Name"] = name,
            ["Form.ShortName"] = Unique("区自来水公司"),
            ["Form.Kind"] = nameof(OrganizationKind.PublicEnterprise),
            ["Form.Sector"] = nameof(PublicEnterpriseSector.Water),
            ["Form.SupervisingOrganizationId"] = department.ToString(CultureInfo.InvariantCulture),
            ["Form.SortOrder"] = "",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        await factory.WithDbAsync(async db =>
        {
            db.Add(new PublicationSettings { OrganizationId = id, ReviewStages = 1 });
            await db.SaveChangesAsync();
        });

        // Its platform carries the water-supply column set, not the government tree.
        var platform = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/xxgk/{id}"));
        var keys = platform.QuerySelectorAll(".platform-column").Select(li => li.GetAttribute("data-key")).ToList();
        Assert.Equal(SectorColumns.For(PublicEnterpriseSector.Water).Select(c => c.Key), keys);
        Assert.Contains("水质信息", platform.QuerySelector(".platform-columns")!.TextContent);
        Assert.DoesNotContain(ColumnKeys.Statutory, keys);

        // Its editor drafts, its reviewer approves: the ordinary review.
        var editor = await factory.StaffAsync(id, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(id, BusinessRole.Reviewer);
        var title = Unique("2026年11月出厂水水质检测结果");
        var item = await CreateDraftAsync(editor, id, title, "ent-quality");
        await editor.PublishAsync(item, reviewer);

        var column = await factory.CreateClient().GetStringAsync($"/xxgk/{id}/ent-quality");
        Assert.Contains(title, column);
        Assert.Contains(title, await factory.CreateClient().GetStringAsync($"/xxgk/{id}/item/{item}"));

        // The directory lists it in its own group, under its sector.
        var directory = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/xxgk"));
        var group = directory.QuerySelector("#public-enterprises");
        Assert.NotNull(group);
        Assert.Equal("公共企事业单位", group!.QuerySelector("h2")!.TextContent.Trim());
        var water = group.QuerySelectorAll("h3").Single(h => h.TextContent.Trim() == "供水");
        Assert.Contains(name, water.NextElementSibling!.TextContent);
        Assert.DoesNotContain(directory.QuerySelectorAll(".organ-group").Where(s => s != group), s => s.TextContent.Contains(name));

        // The supervising department's staff read the item; another department's do not.
        var supervisor = await factory.StaffAsync(department, BusinessRole.Reviewer);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/admin/publications/{item}")).StatusCode);
        var other = await factory.StaffAsync(await factory.OrganAsync(), BusinessRole.Reviewer);
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync($"/admin/publications/{item}")).StatusCode);

        // The overview lists it right after its department.
        var overview = new HtmlParser().ParseDocument(await (await factory.OfficeAsync()).GetStringAsync("/admin/compliance"));
        var rows = overview.QuerySelectorAll("tr[data-organization]").Select(r => r.GetAttribute("data-organization")).ToList();
        var at = rows.IndexOf(department.ToString(CultureInfo.InvariantCulture));
        Assert.True(at >= 0);
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), rows[at + 1]);
    }

    [Fact]
    public async Task Enterprise_without_sector_or_department_is_refused_with_Chinese_messages()
    {
        var admin = await factory.SystemAdminClientAsync();
        var name = Unique("重庆市江津区燃气有限公司");
        var response = await admin.PostFormAsync("/admin/organizations/new", new()
        {
            ["Form.Name"] = name,
            ["Form.ShortName"] = Unique("区燃气公司"),
            ["Form.Kind"] = nameof(OrganizationKind.PublicEnterprise),
            ["Form.Sector"] = "",
            ["Form.SupervisingOrganizationId"] = "999999",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("公共企事业单位须选择所属行业", html);
        Assert.Contains("公共企事业单位须选择主管部门", html);
        await factory.WithDbAsync(async db => Assert.False(await db.Set<Organization>().AnyAsync(o => o.Name == name)));
    }

    private static async Task<int> CreateDraftAsync(HttpClient editor, int orgId, string title, string columnKey)
    {
        var response = await editor.PostFormAsync($"/admin/publications/edit?org={orgId}", new()
        {
            ["Input.ColumnKey"] = columnKey,
            ["Input.Title"] = title,
            ["Input.DocumentNumber"] = "",
            ["Input.Topic"] = "综合政务",
            ["Input.Genre"] = "公告",
            ["Input.Validity"] = "Valid",
            ["Input.SignedOn"] = "",
            ["Input.FormedOn"] = "2026-11-30",
            ["Input.BodyHtml"] = "<p>11月出厂水各项指标均符合《生活饮用水卫生标准》。</p>",
            ["Input.ScheduledFor"] = "",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }
}
