using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.DisclosureGuides;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Search;

/// <summary>Each organ's 政府信息公开指南 is a search result of its own, plugged in by the
/// DisclosureGuides feature: saved through the staff page it is found, follows edits and organ
/// renames, and survives a full rebuild.</summary>
public sealed partial class DisclosureGuideSearchTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Kind = DisclosureGuideSearchSource.SourceKind;

    private static Dictionary<string, string> Fields(string application) => new()
    {
        ["Input.Holdings"] = "本机关持有机构职能类、政策文件类信息。",
        ["Input.Channels"] = "（一）线上渠道：江津区人民政府网站。",
        ["Input.Application"] = application,
        ["Input.Office"] = "机构名称：办公室\n联系电话：023-47520001",
        ["Input.OtherMatters"] = "可以投诉、举报，也可以依法申请行政复议或者提起行政诉讼。",
    };

    /// <summary>Saves the guide as the organ's administrator does (the change feed row comes with it).</summary>
    private static async Task SaveAsync(HttpClient admin, int orgId, string application)
    {
        var fields = Fields(application);
        var form = await admin.GetStringAsync($"/admin/guide/{orgId}");
        if (VersionField().Match(form) is { Success: true } version)
        {
            fields["Input.Version"] = version.Groups[1].Value;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/guide/{orgId}", fields)).StatusCode);
    }

    private async Task<(int OrgId, HttpClient Admin)> OrganWithGuideAsync(string application)
    {
        var orgId = await factory.PortalOrganAsync();
        var admin = await factory.StaffAsync(orgId, BusinessRole.OrganizationAdmin);
        await SaveAsync(admin, orgId, application);
        await factory.IndexedAsync();
        return (orgId, admin);
    }

    [Fact]
    public async Task A_phrase_from_the_guide_finds_it_and_leads_to_the_organs_guide_page()
    {
        var m = SearchTestKit.Marker();
        var (orgId, _) = await OrganWithGuideAsync($"（一）申请方式：{m}当面、邮寄、网络。");
        var organ = "";
        await factory.WithDbAsync(async db => organ = (await db.Set<Organization>().SingleAsync(o => o.Id == orgId)).Name);

        var result = await factory.CreateClient().SearchApiAsync(SearchTestKit.Q(m));
        var hit = Assert.Single(result.GetProperty("items").EnumerateArray());
        Assert.Equal(Kind, hit.GetProperty("kind").GetString());
        Assert.Equal(orgId, hit.GetProperty("id").GetInt32());
        Assert.Equal($"/xxgk/{orgId}/guide", hit.GetProperty("url").GetString());
        Assert.Equal($"{organ}政府信息公开指南", hit.GetProperty("title").GetString());
        Assert.Equal(organ, hit.GetProperty("organization").GetString());
        Assert.Contains(result.GetProperty("facets").GetProperty("category").EnumerateArray(), f => f.GetProperty("value").GetString() == DisclosureGuideSearchSource.Category);

        // The public results page links to the guide like any other hit, and the link works.
        var page = await factory.CreateClient().GetStringAsync("/search?" + SearchTestKit.Q(m));
        Assert.Contains($"href=\"/xxgk/{orgId}/guide\"", page);
        Assert.Contains(m, await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/guide"));
    }

    [Fact]
    public async Task An_edited_guide_is_found_by_its_new_text_and_no_longer_by_the_old()
    {
        var old = SearchTestKit.Marker();
        var (orgId, admin) = await OrganWithGuideAsync($"旧的申请方式{old}。");
        Assert.Equal([orgId], factory.AllIds(old, kind: Kind));

        var now = SearchTestKit.Marker();
        await SaveAsync(admin, orgId, $"新的申请方式{now}。");
        await factory.IndexedAsync();

        Assert.Empty(factory.AllIds(old, kind: Kind));
        Assert.Equal([orgId], factory.AllIds(now, kind: Kind));
    }

    [Fact]
    public async Task An_organ_rename_renames_its_guide_in_search_and_a_closed_organs_guide_leaves()
    {
        var m = SearchTestKit.Marker();
        var (orgId, _) = await OrganWithGuideAsync($"申请方式{m}。");
        var renamed = "江津区" + SearchTestKit.Marker() + "局";
        await factory.WithDbAsync(async db =>
        {
            var organ = await db.Set<Organization>().SingleAsync(o => o.Id == orgId);
            organ.Name = renamed;
            await db.SaveChangesAsync();
        });
        await factory.IndexedAsync();
        var hit = Assert.Single((await factory.CreateClient().SearchApiAsync(SearchTestKit.Q(m))).GetProperty("items").EnumerateArray());
        Assert.Equal($"{renamed}政府信息公开指南", hit.GetProperty("title").GetString());
        Assert.Equal(renamed, hit.GetProperty("organization").GetString());

        await factory.WithDbAsync(async db =>
        {
            var organ = await db.Set<Organization>().SingleAsync(o => o.Id == orgId);
            organ.IsActive = false;
            await db.SaveChangesAsync();
        });
        await factory.IndexedAsync();
        Assert.Empty(factory.AllIds(m, kind: Kind));
    }

    [Fact]
    public async Task A_full_rebuild_still_finds_the_guide()
    {
        var m = SearchTestKit.Marker();
        var (orgId, _) = await OrganWithGuideAsync($"申请方式{m}。");
        var index = factory.IndexStore();
        var before = index.CurrentName;

        var sysadmin = await factory.SystemAdminClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await sysadmin.PostFormAsync("/admin/search", [], "/admin/search?handler=Rebuild")).StatusCode);
        var stopwatch = Stopwatch.StartNew();
        while (index.CurrentName == before && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        Assert.NotEqual(before, index.CurrentName);
        var hit = Assert.Single((await factory.CreateClient().SearchApiAsync(SearchTestKit.Q(m))).GetProperty("items").EnumerateArray());
        Assert.Equal(Kind, hit.GetProperty("kind").GetString());
        Assert.Equal(orgId, hit.GetProperty("id").GetInt32());
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();
}
