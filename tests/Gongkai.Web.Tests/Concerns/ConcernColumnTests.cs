using System.Net;
using Gongkai.Domain.Concerns;
using Gongkai.Web.Features.Concerns;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Concerns;

public sealed class ConcernColumnTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Every_platform_has_the_concern_and_emergency_columns_not_only_the_district_government()
    {
        var keys = ConcernColumns.All.Select(c => c.Key).ToList();
        await factory.WithDbAsync(async db =>
        {
            var platforms = await db.Set<PublicationColumn>().Where(c => c.Key == ColumnKeys.Statutory).Select(c => c.OrganizationId).ToListAsync();
            Assert.True(platforms.Count > 3);
            foreach (var organ in platforms)
            {
                var has = await db.Set<PublicationColumn>().Where(c => c.OrganizationId == organ && keys.Contains(c.Key)).Select(c => c.Key).ToListAsync();
                Assert.Equal(keys.Order(), has.Order());
            }
        });
    }

    [Fact]
    public async Task A_concern_response_goes_public_only_after_review_and_shows_its_source_dates_and_time_taken()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var title = PublicationTestKit.Unique("关于滨江路积水问题的回应");
        var id = await editor.PostConcernAsync(organ, "ConcernResponse", ConcernTestKit.Response(title)).DraftIdAsync();

        var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/hygq/{id}")).StatusCode);
        Assert.DoesNotContain(title, await visitor.GetStringAsync("/hygq"));

        await editor.PublishAsync(id, reviewer);

        var page = await visitor.GetStringAsync($"/hygq/{id}");
        Assert.Contains("网友反映滨江路积水严重，影响出行", page);
        Assert.Contains("华龙网网络问政", page);
        Assert.Contains("2026年11月20日", page);
        Assert.Contains("2026年11月23日", page);
        Assert.Contains("3 天后回应", page);
        Assert.Contains("12月底前完成修复", page);
        Assert.Contains(title, await visitor.GetStringAsync("/hygq"));
        // An ordinary item of the organ's platform too, in its 回应关切 column.
        Assert.Contains(title, await visitor.GetStringAsync($"/xxgk/{organ}/concern-response"));
    }

    [Fact]
    public async Task A_press_conference_shows_its_date_speakers_topic_record_and_video()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var title = PublicationTestKit.Unique("疫情防控新闻发布会");
        var id = await editor.PostConcernAsync(organ, "PressConference", ConcernTestKit.Conference(title)).DraftIdAsync();
        await editor.PublishAsync(id, reviewer);

        var page = await factory.CreateClient().GetStringAsync($"/xwfbh/{id}");
        Assert.Contains("2026年11月25日", page);
        Assert.Contains("张某某 区政府新闻办主任", page);
        Assert.Contains("李某某 区卫生健康委副主任", page);
        Assert.Contains("今冬明春疫情防控工作", page);
        Assert.Contains("href=\"https://video.example.cn/fbh/2026-11.mp4\"", page);
        Assert.Contains("主持人：各位媒体朋友", page);
        Assert.Contains(title, await factory.CreateClient().GetStringAsync("/xwfbh"));
    }

    [Fact]
    public async Task Bad_template_fields_are_refused_with_Chinese_messages_and_nothing_is_saved()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var early = PublicationTestKit.Unique("回应早于关切");
        var response = await editor.PostConcernAsync(organ, "ConcernResponse", ConcernTestKit.Response(early, raised: "2026-11-20", responded: "2026-11-19"));
        Assert.Contains("回应日期不能早于关切出现的日期", await response.Content.ReadAsStringAsync());

        var script = PublicationTestKit.Unique("脚本链接");
        response = await editor.PostConcernAsync(organ, "PressConference", ConcernTestKit.Conference(script, video: "javascript:alert(1)"));
        Assert.Contains("视频地址须为以 http:// 或 https:// 开头的网址", await response.Content.ReadAsStringAsync());

        var fields = ConcernTestKit.Conference(PublicationTestKit.Unique("无发布人"));
        fields["Input.Speakers"] = " ";
        response = await editor.PostConcernAsync(organ, "PressConference", fields);
        Assert.Contains("请填写发布人", await response.Content.ReadAsStringAsync());

        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Set<Publication>().AnyAsync(p => p.Title == early || p.Title == script));
            Assert.False(await db.Set<ConcernDetails>().AnyAsync(d => d.OrganizationId == organ));
        });
    }

    [Fact]
    public async Task An_editor_of_another_organ_cannot_draft_in_this_organs_columns()
    {
        var organ = await factory.OrganAsync();
        var other = await factory.OrganAsync();
        var outsider = await factory.StaffAsync(other, BusinessRole.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/admin/concerns/new?org={organ}&kind=ConcernResponse")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/admin/concerns?org={organ}")).StatusCode);
    }
}
