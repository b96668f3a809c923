using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Portal;

public sealed class PortalShellTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Home_page_is_in_Chinese_with_landmarks_and_the_configured_footer()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/calendar");
        var doc = new HtmlParser().ParseDocument(html);

        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(doc.QuerySelector("header[role=banner]"));
        Assert.NotNull(doc.QuerySelector("nav"));
        Assert.NotNull(doc.QuerySelector("main#main"));
        var footer = doc.QuerySelector("footer")!.TextContent;
        Assert.Contains("主办单位：重庆市江津区人民政府办公室", footer);
        Assert.Contains("网站标识码", footer);
        Assert.Contains("ICP", footer);
        Assert.Contains("公网安备", footer);
        // Chinese is written as characters, not as &#x...; entities (DESIGN.md).
        Assert.Contains("政府信息公开", html);
        Assert.NotNull(doc.QuerySelector("input#site-q[placeholder]"));
        Assert.NotNull(doc.QuerySelector("label[for=site-q]"));
    }

    [Fact]
    public async Task Every_public_page_leads_to_the_library_the_interpretations_and_the_application_form_and_each_answers()
    {
        var client = factory.CreateClient();
        var nav = new HtmlParser().ParseDocument(await client.GetStringAsync("/calendar")).QuerySelector("nav.site-nav")!;
        var links = nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var path in new[] { "/gfxwj", "/zcjd", "/yisqgk/apply" })
        {
            Assert.Contains(path, links);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Large_text_mode_persists_across_pages()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/preferences/large-text?on=1&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await client.GetStringAsync("/");
        Assert.Contains("class=\"large-text\"", html);

        await client.GetAsync("/preferences/large-text?on=0&returnUrl=%2F");
        Assert.DoesNotContain("class=\"large-text\"", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Large_text_toggle_does_not_redirect_off_site()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/preferences/large-text?on=1&returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        response = await client.GetAsync("/preferences/large-text?on=1&returnUrl=%2F%2Fevil.example");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single().Split("style-src")[0]);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Unknown_page_gets_a_Chinese_404()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_the_database_and_its_durability_settings()
    {
        // The details are for staff; the public sees only the status.
        var client = await factory.SystemAdminClientAsync();
        var response = await client.GetAsync("/healthz");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("\"status\":\"healthy\"", body);
        Assert.Contains(GongkaiFactory.OnPostgres ? "\"fsync\":\"on\"" : "\"synchronous\":\"2\"", body);
    }
}
