using System.Net;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Concerns;

/// <summary>The front-page notice of an emergency: raised by the district office, shown on every
/// public page only within its window, audited.</summary>
public sealed class EmergencyNoticeTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Page = "/admin/concerns/notices";

    private static string China(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HttpClient> DistrictOfficeAsync() =>
        await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));

    [Fact]
    public async Task A_notice_shows_on_every_public_page_within_its_window_and_goes_when_ended()
    {
        var office = await DistrictOfficeAsync();
        var visitor = factory.CreateClient();
        // Warm the cache first: raising a notice must refresh the cached pages.
        Assert.DoesNotContain("emergency-notice", await visitor.GetStringAsync("/"));

        var now = factory.Clock.GetUtcNow();
        var active = PublicationTestKit.Unique("暴雨红色预警");
        var later = PublicationTestKit.Unique("明日停水通知");
        await office.PostFormAsync(Page, new() { ["NoticeTitle"] = active, ["NoticeUrl"] = "/hygq", ["StartsAt"] = China(now.AddHours(-1)), ["EndsAt"] = China(now.AddHours(6)) }, $"{Page}?handler=Raise")
            .ExpectRedirectAsync();
        await office.PostFormAsync(Page, new() { ["NoticeTitle"] = later, ["StartsAt"] = China(now.AddDays(1)), ["EndsAt"] = China(now.AddDays(2)) }, $"{Page}?handler=Raise")
            .ExpectRedirectAsync();

        foreach (var path in new[] { "/", "/calendar", "/xxgk", "/hygq" })
        {
            var html = await visitor.GetStringAsync(path);
            Assert.Contains(active, html);
            Assert.DoesNotContain(later, html);
        }

        int id = 0;
        await factory.WithDbAsync(async db =>
        {
            id = await db.Set<Features.Concerns.EmergencyNotice>().Where(n => n.Title == active).Select(n => n.Id).SingleAsync();
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EventType == "emergencyNotice.raised" && a.TargetId == id.ToString()));
        });

        await office.PostFormAsync(Page, new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"{Page}?handler=End").ExpectRedirectAsync();
        Assert.DoesNotContain(active, await visitor.GetStringAsync("/"));
        Assert.DoesNotContain(active, await visitor.GetStringAsync("/calendar"));
        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EventType == "emergencyNotice.ended" && a.TargetId == id.ToString())));
    }

    [Fact]
    public async Task Only_the_district_office_raises_a_notice_and_an_end_before_the_start_is_refused()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor, BusinessRole.Reviewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Page)).StatusCode);

        var office = await DistrictOfficeAsync();
        var now = factory.Clock.GetUtcNow();
        var title = PublicationTestKit.Unique("倒置的提示");
        var response = await office.PostFormAsync(Page, new() { ["NoticeTitle"] = title, ["StartsAt"] = China(now.AddHours(2)), ["EndsAt"] = China(now.AddHours(1)) }, $"{Page}?handler=Raise");
        Assert.Contains("结束时间必须晚于开始时间", await response.Content.ReadAsStringAsync());
        await factory.WithDbAsync(async db => Assert.False(await db.Set<Features.Concerns.EmergencyNotice>().AnyAsync(n => n.Title == title)));
    }
}
