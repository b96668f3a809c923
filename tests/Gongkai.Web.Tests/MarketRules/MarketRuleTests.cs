using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.MarketRules;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.MarketRules;

public sealed class MarketRuleTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static async Task<int> SaveAsync(HttpClient editor, int organ, string title, string industry, string number,
        string validity = "Current", string body = "<p>第一条 为规范经营行为，制定本规则。</p>", int? id = null)
    {
        var response = await editor.PostFormAsync($"/admin/market-rules/edit?org={organ}{(id is null ? "" : $"&id={id}")}", new()
        {
            ["org"] = organ.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["id"] = id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["Input.Title"] = title,
            ["Input.Kind"] = "Rule",
            ["Input.IssuingAuthority"] = "江津区市场监督管理局",
            ["Input.DocumentNumber"] = number,
            ["Input.EffectiveOn"] = "2026-10-01",
            ["Input.Validity"] = validity,
            ["Input.Industry"] = industry,
            ["Input.BodyHtml"] = body,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.LastIndexOf('=') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Rules_are_browsed_by_industry_searched_and_their_text_is_sanitised()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var marker = SearchTestKit.Marker();
        var food = await SaveAsync(editor, organ, $"餐饮服务食品安全操作规范{marker}", "住宿和餐饮业", $"江津市监规〔2026〕{marker}1号",
            body: "<p>第一条 餐饮服务提供者应当……</p><script>alert(1)</script><p onclick=\"x()\">第二条</p>");
        var build = await SaveAsync(editor, organ, $"建筑工地扬尘管理规则{marker}", "建筑业", $"江津市监规〔2026〕{marker}2号", validity: "Repealed");

        var visitor = factory.CreateClient();
        var catering = await visitor.GetStringAsync("/scgz?industry=" + Uri.EscapeDataString("住宿和餐饮业"));
        Assert.Contains($"/scgz/{food}\"", catering, StringComparison.Ordinal);
        Assert.DoesNotContain($"/scgz/{build}\"", catering, StringComparison.Ordinal);
        var building = await visitor.GetStringAsync("/scgz?industry=" + Uri.EscapeDataString("建筑业"));
        Assert.Contains($"/scgz/{build}\"", building, StringComparison.Ordinal);
        Assert.DoesNotContain($"/scgz/{food}\"", building, StringComparison.Ordinal);
        var byNumber = await visitor.GetStringAsync("/scgz?q=" + Uri.EscapeDataString($"{marker}2号"));
        Assert.Contains($"/scgz/{build}\"", byNumber, StringComparison.Ordinal);
        Assert.DoesNotContain($"/scgz/{food}\"", byNumber, StringComparison.Ordinal);

        var page = await visitor.GetStringAsync($"/scgz/{food}");
        Assert.Contains("餐饮服务提供者应当", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", page, StringComparison.Ordinal);
        Assert.Contains("已废止", await visitor.GetStringAsync($"/scgz/{build}"), StringComparison.Ordinal);

        await factory.IndexedAsync();
        var found = await visitor.SearchApiAsync(SearchTestKit.Q("扬尘管理规则" + marker));
        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == MarketRuleSearchSource.SourceKind
            && i.GetProperty("id").GetInt32() == build);
    }

    [Fact]
    public async Task Only_the_keeping_organs_editor_changes_a_rule_and_every_change_is_audited()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var id = await SaveAsync(editor, organ, "计量器具监督管理规则", "制造业", "江津市监规〔2026〕7号");
        Assert.Equal(id, await SaveAsync(editor, organ, "计量器具监督管理规则（修订）", "制造业", "江津市监规〔2026〕7号", id: id));
        Assert.Contains("计量器具监督管理规则（修订）", await factory.CreateClient().GetStringAsync($"/scgz/{id}"), StringComparison.Ordinal);

        var other = await factory.OrganAsync();
        var stranger = await factory.StaffAsync(other, BusinessRole.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/admin/market-rules/edit?org={organ}&id={id}")).StatusCode);
        // Posing as their own organ does not reach this organ's entry either.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/admin/market-rules/edit?org={other}&id={id}")).StatusCode);

        var bad = await editor.PostFormAsync($"/admin/market-rules/edit?org={organ}", new()
        {
            ["org"] = organ.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Title"] = "无行业的规则",
            ["Input.IssuingAuthority"] = "江津区市场监督管理局",
            ["Input.EffectiveOn"] = "2026-10-01",
            ["Input.Industry"] = "不存在的行业",
        });
        Assert.Contains("行业应为", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await factory.WithDbAsync(async db =>
        {
            var events = await db.Set<AuditEntry>().Where(a => a.TargetType == MarketRuleService.TargetType && a.TargetId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Select(a => a.EventType).ToListAsync();
            Assert.Contains("marketRule.created", events);
            Assert.Contains("marketRule.updated", events);
        });
    }

    [Fact]
    public async Task An_original_file_is_checked_kept_and_downloaded_from_the_public_page()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var id = await SaveAsync(editor, organ, "网络交易经营者登记规则", "批发和零售业", $"江津市监规〔2026〕{Random.Shared.Next(100, 999)}号");
        var page = $"/admin/market-rules/edit?org={organ}&id={id}";

        async Task<HttpResponseMessage> UploadAsync(string fileName, byte[] bytes)
        {
            var token = new HtmlParser().ParseDocument(await editor.GetStringAsync(page))
                .QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(bytes), "Upload", fileName },
            };
            return await editor.PostAsync(page + "&handler=Upload", form);
        }

        var original = PublicationTestKit.Pdf("Online trading operator registration rules");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync("登记规则.pdf", original)).StatusCode);
        var refused = await UploadAsync("登记规则.pdf", [0x4D, 0x5A, 0x90, 0x00]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("文件内容与扩展名“.pdf”不符", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var visitor = factory.CreateClient();
        var href = Assert.Single(new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/scgz/{id}"))
            .QuerySelectorAll($"a[href^='/scgz/{id}/files/']")).GetAttribute("href")!;
        Assert.Equal(original, await visitor.GetByteArrayAsync(href));
    }
}
