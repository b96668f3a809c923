using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Tests.Concerns;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.NormativeDocuments;
using Gongkai.Web.Tests.Publications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Portal;

/// <summary>The 政务公开 home page: newest items of all organs, 通知公告, policies with their
/// interpretations, 回应关切 and 新闻发布会, the entries of the features present, and 专题.</summary>
public sealed class HomePageTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_newest_items_of_every_organ_appear_with_organ_and_Chinese_date_even_after_the_page_was_cached()
    {
        var visitor = factory.CreateClient();
        await visitor.GetStringAsync("/"); // cached now; publishing must evict it
        var first = await factory.OrganAsync();
        var second = await factory.OrganAsync();
        var notice = PublicationTestKit.Unique("关于开展冬季消防安全检查的通知");
        var other = PublicationTestKit.Unique("区农业农村委2026年工作要点");
        var ids = new List<int>();
        foreach (var (organ, title) in new[] { (first, notice), (second, other) })
        {
            var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
            var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
            var id = await editor.CreateDraftAsync(organ, title);
            await editor.PublishAsync(id, reviewer);
            ids.Add(id);
        }

        var doc = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/"));
        var latest = doc.QuerySelector("#latest-list")!;
        Assert.Contains(notice, latest.TextContent);
        Assert.Contains(other, latest.TextContent);
        Assert.NotNull(latest.QuerySelector($"a[href='/xxgk/{first}/item/{ids[0]}']"));
        Assert.Contains("2026年11月27日", latest.TextContent);
        // The test kit files items as 体裁 通知, so they are 通知公告 too.
        Assert.Contains(notice, doc.QuerySelector("#notice-list")!.TextContent);
    }

    [Fact]
    public async Task A_policy_shows_with_its_interpretation_and_responses_and_conferences_have_their_blocks()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var policy = await factory.PublishedNormativeAsync(editor, reviewer, organ, "关于支持个体工商户发展的若干措施", "江津市监发〔2026〕15号");
        var interpretation = await editor.PublishedInterpretationAsync(reviewer, organ, "个体工商户措施解读", "江津市监发〔2026〕15号");
        var response = await editor.PostConcernAsync(organ, "ConcernResponse", ConcernTestKit.Response(PublicationTestKit.Unique("关于学校周边交通的回应"))).DraftIdAsync();
        await editor.PublishAsync(response, reviewer);
        var conference = await editor.PostConcernAsync(organ, "PressConference", ConcernTestKit.Conference(PublicationTestKit.Unique("优化营商环境发布会"))).DraftIdAsync();
        await editor.PublishAsync(conference, reviewer);

        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/"));
        var policies = doc.QuerySelector("#policy-list")!;
        Assert.NotNull(policies.QuerySelector($"a[href='/gfxwj/{policy.DocumentId}']"));
        Assert.NotNull(policies.QuerySelector($"a[href='/zcjd/{interpretation}']"));
        Assert.NotNull(doc.QuerySelector($"#response-list a[href='/hygq/{response}']"));
        Assert.NotNull(doc.QuerySelector($"#conference-list a[href='/xwfbh/{conference}']"));
    }

    [Fact]
    public async Task Every_entry_is_one_a_feature_registered_and_each_answers()
    {
        var client = factory.CreateClient();
        var doc = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var shown = doc.QuerySelectorAll("#entries-services a, #entries-interaction a, #entries-publishing a").Select(a => a.GetAttribute("href")!).ToList();
        var registered = factory.Services.GetServices<IPortalEntry>().Select(e => e.Url).ToList();
        Assert.Equal(registered.Order(), shown.Order());
        foreach (var url in new[] { "/yisqgk/apply", "/yisqgk/status", "/qzqd", "/jgznml", "/search", "/calendar", "/hygq", "/xwfbh", "/bszn", "/bjjd", "/zfgs", "/scgz", "/zcwd", "/cxcs", "/qzxx", "/yjzj", "/bzml" })
        {
            Assert.Contains(url, shown);
        }

        foreach (var url in shown)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        // The directory of platforms is one click away; the header search is on the page.
        Assert.NotNull(doc.QuerySelector("a[href='/xxgk']"));
        Assert.NotNull(doc.QuerySelector("form[role=search] input#site-q"));
    }

    [Fact]
    public async Task The_page_has_a_title_Open_Graph_tags_a_favicon_and_the_government_site_mark()
    {
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/"));
        Assert.Equal("重庆市江津区人民政府", doc.Title);
        Assert.Equal("重庆市江津区人民政府", doc.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
        Assert.NotNull(doc.QuerySelector("meta[property='og:title']"));
        Assert.NotNull(doc.QuerySelector("meta[property='og:description']"));
        Assert.StartsWith("http", doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("/favicon.svg", doc.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.NotNull(doc.QuerySelector(".gov-mark-placeholder"));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/favicon.svg")).StatusCode);
    }

    [Fact]
    public async Task A_topic_composed_by_the_district_office_is_public_and_listed_on_the_home_page_once_published()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var response = PublicationTestKit.Unique("关于稳就业政策落实的回应");
        var id = await editor.PostConcernAsync(organ, "ConcernResponse", ConcernTestKit.Response(response)).DraftIdAsync();
        await editor.PublishAsync(id, reviewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/topics")).StatusCode);
        var office = await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));
        var fields = new Dictionary<string, string>
        {
            ["TopicTitle"] = "六稳六保",
            ["Slug"] = "liuwen-liubao",
            ["Intro"] = "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，保居民就业、保基本民生。",
            ["ColumnKeys"] = "concern-response\nno-such-column",
            ["SearchTerms"] = "稳就业\n保市场主体",
        };
        var refused = await office.PostFormAsync("/admin/topics", fields);
        Assert.Contains("没有这些栏目：no-such-column", await refused.Content.ReadAsStringAsync());

        fields["ColumnKeys"] = "concern-response";
        await office.PostFormAsync("/admin/topics", fields).ExpectRedirectAsync();
        var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/zt/liuwen-liubao")).StatusCode);
        Assert.DoesNotContain("/zt/liuwen-liubao", await visitor.GetStringAsync("/"));

        fields["Published"] = "true";
        await office.PostFormAsync("/admin/topics", fields.Append(new("Id", await TopicIdAsync())).ToDictionary()).ExpectRedirectAsync();
        var topic = await visitor.GetStringAsync("/zt/liuwen-liubao");
        Assert.Contains(response, topic);
        Assert.Contains("/search?q=" + Uri.EscapeDataString("稳就业"), topic);
        Assert.Contains("/zt/liuwen-liubao", await visitor.GetStringAsync("/"));
    }

    private async Task<string> TopicIdAsync()
    {
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Set<Features.Portal.Topics.PortalTopic>().Where(t => t.Slug == "liuwen-liubao").Select(t => t.Id).SingleAsync());
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A host where one feature's entry is not registered, as when that feature is absent.</summary>
public sealed class WithoutPowerListEntryFactory : GongkaiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            foreach (var d in services.Where(d => d.ServiceType == typeof(IPortalEntry) && d.ImplementationInstance is IPortalEntry { Url: "/qzqd" }).ToList())
            {
                services.Remove(d);
            }

            services.AddPortalEntry(PortalSection.Interaction, "区长信箱（测试）", "/calendar", "测试用入口", 5);
        });
    }
}

public sealed class HomePageEntryTests(WithoutPowerListEntryFactory factory) : IClassFixture<WithoutPowerListEntryFactory>
{
    [Fact]
    public async Task An_entry_appears_only_when_its_feature_registered_it()
    {
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/"));
        Assert.Null(doc.QuerySelector("a[href='/qzqd']"));
        Assert.Contains("区长信箱（测试）", doc.QuerySelector("#entries-interaction")!.TextContent);
        Assert.NotNull(doc.QuerySelector("#entries-services a[href='/jgznml']"));
    }
}
