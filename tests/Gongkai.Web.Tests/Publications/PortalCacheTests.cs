using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;

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
}
