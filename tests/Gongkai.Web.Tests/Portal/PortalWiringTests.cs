using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Consultations;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Consultations;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Mailbox;
using Gongkai.Web.Tests.PowerLists;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Gongkai.Web.Tests.ServiceGuides;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Portal;

/// <summary>The public features reach the home page through their own entries and the main
/// navigation, and their cached pages change as soon as the data behind them does.</summary>
public sealed partial class PortalWiringTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_home_page_links_every_public_feature_in_its_section_and_each_link_answers()
    {
        var client = factory.CreateClient();
        var doc = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var expected = new Dictionary<string, string[]>
        {
            ["services"] = ["/bszn", "/bjjd", "/zfgs", "/scgz", "/zcwd", "/cxcs"],
            ["interaction"] = ["/qzxx", "/yjzj"],
            ["publishing"] = ["/bzml"],
        };
        foreach (var (section, urls) in expected)
        {
            var list = doc.QuerySelector($"#entries-{section}");
            Assert.NotNull(list);
            foreach (var url in urls)
            {
                Assert.NotNull(list.QuerySelector($"a[href='{url}']"));
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
            }

            // The main navigation reaches each block, and the block it points to is on the page.
            Assert.NotNull(doc.QuerySelector($"nav.site-nav a[href='/#home-{section}']"));
            Assert.NotNull(doc.GetElementById($"home-{section}"));
        }

        Assert.Equal("信息发布", doc.GetElementById("home-publishing")!.TextContent);
    }

    [Fact]
    public async Task An_approved_service_guide_appears_on_the_cached_list()
    {
        var organ = await factory.OrganWithStaffAsync();
        var name = "食品经营许可（新办）" + SearchTestKit.Marker();
        var reader = factory.CreateClient();
        var list = $"/bszn?organization={organ.Id}";
        Assert.DoesNotContain(name, await reader.GetStringAsync(list)); // now cached

        var code = "1150" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = await organ.Editor.SubmitAsync(ServiceGuideTestKit.Complete(organ.Id, name, code));
        var approved = await organ.Reviewer.PostAsync($"/api/v1/service-guides/{id}/approve", null);
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());

        Assert.Contains(name, await reader.GetStringAsync(list));
    }

    [Fact]
    public async Task A_new_consultation_appears_on_the_cached_list_and_an_approved_comment_on_its_page_while_the_form_keeps_working()
    {
        var organ = await factory.OrganWithEditorAsync();
        var visitor = factory.CreateClient();
        var list = $"{ConsultationUrls.Index}?organization={organ.Id}";
        await visitor.GetStringAsync(list); // now cached
        var title = "城市道路停车管理办法（征求意见稿）" + SearchTestKit.Marker();
        var id = await organ.OpenedAsync(factory, title);
        Assert.Contains(title, await visitor.GetStringAsync(list));

        // Open for comments: the page carries a per-visitor anti-forgery token, so it is never
        // served from the cache — two visits get two tokens, and another visitor's form still posts.
        var first = Token(await visitor.GetStringAsync(ConsultationUrls.Page(id)));
        var second = Token(await visitor.GetStringAsync(ConsultationUrls.Page(id)));
        Assert.NotEqual(first, second);
        var comment = "建议在学校周边增设临时停车泊位。" + SearchTestKit.Marker();
        var sent = await factory.CreateClient().PostFormAsync(ConsultationUrls.Page(id), new()
        {
            ["Form.Version"] = "1",
            ["Form.Text"] = comment,
            ["Form.Name"] = "孙丽",
            ["Form.Phone"] = "13300001111",
        });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("id=\"comment-sent\"", await sent.Content.ReadAsStringAsync());
        Assert.DoesNotContain(comment, await visitor.GetStringAsync(ConsultationUrls.Page(id)));

        var commentId = 0;
        await factory.WithDbAsync(async db => commentId = await db.Set<ConsultationComment>().Where(c => c.ConsultationId == id).Select(c => c.Id).SingleAsync());
        await organ.Editor.ScreenAsync(id, commentId);
        Assert.Contains(comment, await visitor.GetStringAsync(ConsultationUrls.Page(id)));
    }

    [Fact]
    public async Task A_published_letter_appears_on_the_cached_mailbox_page()
    {
        var (_, office) = await factory.OfficeAsync();
        var organ = await factory.NewOrganAsync();
        var handler = await factory.ApiStaffAsync((organ.Id, BusinessRole.CaseHandler));
        var reader = factory.CreateClient();
        await reader.GetStringAsync("/qzxx"); // now cached
        var subject = "关于滨江路路灯不亮的投诉" + SearchTestKit.Marker();
        var id = await factory.RepliedLetterAsync(office, handler, organ.Id, MailboxTestKit.Letter(subject));
        Assert.DoesNotContain(subject, await reader.GetStringAsync("/qzxx"));

        await ExpectAsync(HttpStatusCode.OK, office.LetterEventAsync(id, new { type = "published" }));

        Assert.Contains(subject, await reader.GetStringAsync("/qzxx"));
    }

    private static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
