using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared.Caching;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Portal;

/// <summary>The home page's 通知公告 is read genre by genre (one short index read each) and merged;
/// and the next scheduled release is found by an index seek. Own database: the items here are dated
/// after everything else, which would push other tests' items off the home page.</summary>
public sealed class HomePageNoticeTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Notices_are_the_newest_eight_items_of_the_three_notice_genres_newest_first()
    {
        var organ = await factory.PortalOrganAsync();
        // Dated after anything the database was seeded with, so these are the newest items.
        var start = factory.Clock.GetUtcNow().AddDays(1);
        // Newest last. The genres are uneven, so the newest eight are not the newest few of each
        // genre; a 意见 and a 通知 still scheduled for later are newer than all and must not show.
        string?[] genres = ["公告", "通知", "通告", "通告", "通知", "通告", "通告", "公告", "通告", "通告", "通知", "意见", null];
        var items = new List<(int Id, string? Genre)>();
        for (var i = 0; i < genres.Length; i++)
        {
            var id = await factory.PublicItemAsync(organ, PublicationTestKit.Unique($"第{i}号信息"), publishedAt: start.AddDays(i));
            items.Add((id, genres[i]));
        }

        var later = await factory.PublicItemAsync(organ, PublicationTestKit.Unique("尚未到时的通知"), scheduledFor: start.AddDays(30));
        await factory.WithDbAsync(async db =>
        {
            foreach (var (id, genre) in items.Append((later, "通知")))
            {
                await db.Set<Publication>().Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Genre, genre));
            }
        });

        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/"));
        var shown = doc.QuerySelectorAll("#notice-list a").Select(a => a.GetAttribute("href")!).ToList();
        var expected = items.Where(i => i.Genre is "通知" or "公告" or "通告").Select(i => i.Id).Reverse().Take(8)
            .Select(id => $"/xxgk/{organ}/item/{id}").ToList();
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task The_next_release_is_the_earliest_scheduled_item_still_to_come()
    {
        var organ = await factory.PortalOrganAsync();
        var now = factory.Clock.GetUtcNow();
        await factory.PublicItemAsync(organ, PublicationTestKit.Unique("已到时的定时信息"), scheduledFor: now.AddHours(-2));
        await factory.PublicItemAsync(organ, PublicationTestKit.Unique("三天后发布"), scheduledFor: now.AddDays(3));
        await factory.PublicItemAsync(organ, PublicationTestKit.Unique("五小时后发布"), scheduledFor: now.AddHours(5));
        await factory.PublicItemAsync(organ, PublicationTestKit.Unique("已发布的信息"), publishedAt: now.AddHours(1));

        await using var scope = factory.Scope();
        var releases = scope.ServiceProvider.GetServices<IScheduledRelease>().OfType<ScheduledPublications>().Single();
        Assert.Equal(now.AddHours(5), await releases.NextAfterAsync(now, CancellationToken.None));
        Assert.Null(await releases.NextAfterAsync(now.AddDays(4), CancellationToken.None));
    }
}
