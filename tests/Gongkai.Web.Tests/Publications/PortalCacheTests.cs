using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared.Caching;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Publications;

public sealed class PortalCacheTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static Task<HttpResponseMessage> WithdrawAsync(HttpClient reviewer, int id) =>
        reviewer.PostFormAsync($"/admin/publications/{id}", new() { ["Comment"] = "内容有误，撤回。" }, $"/admin/publications/{id}?handler=Withdraw");

    [Fact]
    public async Task Public_listing_is_served_from_the_cache_until_the_organ_changes()
    {
        var orgId = await factory.PortalOrganAsync();
        var client = factory.CreateClient();
        Assert.DoesNotContain("绕过服务插入的信息", await client.GetStringAsync($"/xxgk/{orgId}/item-1"));

        // Written behind the service's back: the cached listing does not know yet.
        await factory.PublicItemAsync(orgId, "绕过服务插入的信息");
        Assert.DoesNotContain("绕过服务插入的信息", await client.GetStringAsync($"/xxgk/{orgId}/item-1"));
        Assert.Contains("绕过服务插入的信息", await client.GetStringAsync($"/xxgk/{orgId}/item-1?page=1&sort=asc"));
    }

    [Fact]
    public async Task Withdrawal_hides_the_cached_item_page_listing_entry_and_feed_entry_at_once()
    {
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.PublicItemAsync(orgId, "即将撤回的公告");
        var reader = factory.CreateClient();
        var urls = new[] { $"/xxgk/{orgId}/item/{id}", $"/xxgk/{orgId}/item-1", $"/xxgk/{orgId}/atom.xml", $"/xxgk/{orgId}/item-1/rss.xml", "/sitemap.xml" };
        foreach (var url in urls)
        {
            Assert.Contains(url.EndsWith("sitemap.xml") ? $"/item/{id}<" : "即将撤回的公告", await reader.GetStringAsync(url));
        }

        var reviewer = await factory.StaffClientAsync("cache-rev-" + Guid.NewGuid().ToString("N")[..6], (orgId, BusinessRole.Reviewer));
        Assert.Equal(HttpStatusCode.Redirect, (await WithdrawAsync(reviewer, id)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(urls[0])).StatusCode);
        foreach (var url in urls.Skip(1))
        {
            var body = await reader.GetStringAsync(url);
            Assert.DoesNotContain("即将撤回的公告", body);
            Assert.DoesNotContain($"/item/{id}<", body);
        }
    }

    [Fact]
    public async Task A_scheduled_item_appears_in_a_cached_listing_once_its_time_comes()
    {
        var orgId = await factory.PortalOrganAsync();
        await factory.PublicItemAsync(orgId, "定时发布的通知", scheduledFor: factory.Clock.GetUtcNow().AddMinutes(10));
        var reader = factory.CreateClient();
        Assert.DoesNotContain("定时发布的通知", await reader.GetStringAsync($"/xxgk/{orgId}/item-1"));
        Assert.DoesNotContain("定时发布的通知", await reader.GetStringAsync($"/xxgk/{orgId}/atom.xml"));

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Contains("定时发布的通知", await reader.GetStringAsync($"/xxgk/{orgId}/item-1"));
        Assert.Contains("定时发布的通知", await reader.GetStringAsync($"/xxgk/{orgId}/atom.xml"));
    }

    [Fact]
    public async Task Signed_in_staff_are_never_served_a_cached_public_page()
    {
        var orgId = await factory.PortalOrganAsync();
        var reader = factory.CreateClient();
        Assert.DoesNotContain("员工应即时看到", await reader.GetStringAsync($"/xxgk/{orgId}/item-1"));
        await factory.PublicItemAsync(orgId, "员工应即时看到");
        var staff = await factory.StaffClientAsync("cache-ed-" + Guid.NewGuid().ToString("N")[..6], (orgId, BusinessRole.Editor));
        Assert.Contains("员工应即时看到", await staff.GetStringAsync($"/xxgk/{orgId}/item-1"));
    }

    [Fact]
    public async Task A_column_added_after_the_platform_was_read_is_found_at_once()
    {
        var orgId = await factory.PortalOrganAsync();
        var reader = factory.CreateClient();
        var id = await factory.PublicItemAsync(orgId, "栏目树已读入后的信息");
        Assert.Contains("栏目树已读入后的信息", await reader.GetStringAsync($"/xxgk/{orgId}/item/{id}"));

        // Another feature adds a column of its own (as 政策解读 does on first use), without evicting anything.
        await factory.WithDbAsync(async db =>
        {
            var statutory = await db.Set<PublicationColumn>().SingleAsync(c => c.OrganizationId == orgId && c.Key == ColumnKeys.Statutory);
            db.Add(new PublicationColumn { OrganizationId = orgId, ParentId = statutory.Id, Key = "custom-late", Title = "后来增加的栏目", SortOrder = 150 });
            await db.SaveChangesAsync();
        });
        var late = await factory.PublicItemAsync(orgId, "新栏目中的信息", columnKey: "custom-late");

        Assert.Contains("新栏目中的信息", await reader.GetStringAsync($"/xxgk/{orgId}/custom-late"));
        var page = await reader.GetStringAsync($"/xxgk/{orgId}/item/{late}");
        Assert.Contains("后来增加的栏目", page);
    }

    [Fact]
    public async Task A_renamed_organ_is_shown_by_its_item_and_column_pages_once_the_change_is_announced()
    {
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.PublicItemAsync(orgId, "机关更名前发布的信息");
        var reader = factory.CreateClient();
        Assert.DoesNotContain("更名后的机关", await reader.GetStringAsync($"/xxgk/{orgId}/item/{id}"));

        // What the organ pages do on a rename (OrganizationChangeHook): save, then evict the portal.
        await factory.WithDbAsync(async db =>
        {
            var organ = await db.Set<Organization>().SingleAsync(o => o.Id == orgId);
            organ.Name = "更名后的机关" + orgId;
            await db.SaveChangesAsync();
        });
        await factory.Services.GetRequiredService<PortalCache>().EvictAllAsync();

        Assert.Contains("更名后的机关" + orgId, await reader.GetStringAsync($"/xxgk/{orgId}/item/{id}"));
        Assert.Contains("更名后的机关" + orgId, await reader.GetStringAsync($"/xxgk/{orgId}/item-1?sort=asc"));
    }
}
