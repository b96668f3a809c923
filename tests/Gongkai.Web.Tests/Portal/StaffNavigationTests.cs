using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.Portal;

/// <summary>The staff navigation: every staff page is reached from it, grouped under a few
/// headings, and the district office's own pages (专题, 突发事件提示) are among them.</summary>
public sealed class StaffNavigationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_district_office_reaches_topics_and_emergency_notices_from_the_grouped_staff_navigation()
    {
        var office = await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));
        var nav = await StaffNavAsync(office);

        Assert.Equal(["信息公开", "办事服务", "互动交流", "监督考核"], nav.QuerySelectorAll("summary").Select(s => s.TextContent.Trim()));
        Assert.Contains("/admin/topics", Links(nav, "信息公开"));
        Assert.Contains("/admin/concerns/notices", Links(nav, "互动交流"));
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/admin/topics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/admin/concerns/notices")).StatusCode);
        // Every link leads to a page that exists (a role may still be refused on it).
        foreach (var href in nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!))
        {
            Assert.NotEqual(HttpStatusCode.NotFound, (await office.GetAsync(href)).StatusCode);
        }
    }

    [Fact]
    public async Task The_system_group_shows_only_to_an_administrator()
    {
        var nav = await StaffNavAsync(await factory.SystemAdminClientAsync());

        Assert.Equal("系统", nav.QuerySelectorAll("summary").Last().TextContent.Trim());
        Assert.Contains("/admin/organizations", Links(nav, "系统"));
        Assert.Contains("/admin/staff", Links(nav, "系统"));
    }

    private static async Task<IElement> StaffNavAsync(HttpClient client) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync("/admin")).QuerySelector("nav.staff-nav")!;

    private static List<string?> Links(IElement nav, string group) =>
        nav.QuerySelectorAll("details").Single(d => d.QuerySelector("summary")!.TextContent.Trim() == group)
            .QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
}
