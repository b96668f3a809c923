using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.PolicyQa;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.NormativeDocuments;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.PolicyQa;

public sealed class PolicyQaTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static async Task<int> SaveAsync(HttpClient editor, int organ, string question, string answer, string policies)
    {
        var response = await editor.PostFormAsync($"/admin/policy-qa/edit?org={organ}", new()
        {
            ["org"] = organ.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Question"] = question,
            ["Answer"] = answer,
            ["Policies"] = policies,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.LastIndexOf('=') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_question_shows_on_the_pages_of_the_policies_it_explains_on_zcwd_and_in_search()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var marker = SearchTestKit.Marker();
        var serial = Random.Shared.Next(100, 999);
        var number = $"江津市监发〔2026〕{serial}号";
        var doc = await factory.PublishedNormativeAsync(editor, reviewer, organ, $"关于小微企业登记便利化的通知{marker}", number);
        var interpretation = await editor.PublishedInterpretationAsync(reviewer, organ, $"《关于小微企业登记便利化的通知》解读{marker}", number);

        // The document by its 发文字号 (as staff copy it), the interpretation by its page address.
        var question = $"个体工商户转为企业{marker}需要重新办理许可吗？";
        var id = await SaveAsync(editor, organ, question, "不需要。原有许可在有效期内继续有效，办理变更登记即可。", $"{number}\nhttps://gk.example.gov.cn/zcjd/{interpretation}");

        var visitor = factory.CreateClient();
        foreach (var page in new[] { $"/gfxwj/{doc.DocumentId}", $"/zcjd/{interpretation}", "/zcwd", $"/zcwd?q={Uri.EscapeDataString(marker)}" })
        {
            var html = await visitor.GetStringAsync(page);
            Assert.Contains($"/zcwd/{id}", html, StringComparison.Ordinal);
            Assert.Contains(question, html, StringComparison.Ordinal);
        }

        var own = await visitor.GetStringAsync($"/zcwd/{id}");
        Assert.Contains($"/gfxwj/{doc.DocumentId}", own, StringComparison.Ordinal);
        Assert.Contains($"/zcjd/{interpretation}", own, StringComparison.Ordinal);
        Assert.Contains("原有许可在有效期内继续有效", own, StringComparison.Ordinal);

        await factory.IndexedAsync();
        var found = await visitor.SearchApiAsync(SearchTestKit.Q("个体工商户转为企业" + marker));
        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == PolicyQaSearchSource.SourceKind
            && i.GetProperty("id").GetInt32() == id && i.GetProperty("title").GetString() == question);

        // Unrelated policies do not list it.
        var other = await factory.PublishedNormativeAsync(editor, reviewer, organ, "关于其他事项的通知" + marker, $"江津市监发〔2026〕{serial + 1000}号");
        Assert.DoesNotContain($"/zcwd/{id}", await visitor.GetStringAsync($"/gfxwj/{other.DocumentId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_documents_staff_page_opens_a_new_question_already_linked_to_it()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var marker = SearchTestKit.Marker();
        var doc = await factory.PublishedNormativeAsync(editor, reviewer, organ, $"关于优化营商环境的若干措施{marker}", $"江津府发〔2026〕{Random.Shared.Next(100, 999)}号");

        var detail = new HtmlParser().ParseDocument(await editor.GetStringAsync($"/admin/normative/{doc.DocumentId}"));
        var link = detail.GetElementById("new-policy-question")?.GetAttribute("href");
        Assert.NotNull(link);
        var form = new HtmlParser().ParseDocument(await editor.GetStringAsync(link));
        Assert.Equal($"/gfxwj/{doc.DocumentId}", form.GetElementById("policies")!.TextContent.Trim());

        var question = $"营商环境措施{marker}适用于个体工商户吗？";
        var id = await SaveAsync(editor, organ, question, "适用。", form.GetElementById("policies")!.TextContent);
        Assert.Contains($"/zcwd/{id}", await factory.CreateClient().GetStringAsync($"/gfxwj/{doc.DocumentId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_policy_is_refused_naming_it_and_another_organs_editor_is_refused()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var response = await editor.PostFormAsync($"/admin/policy-qa/edit?org={organ}", new()
        {
            ["org"] = organ.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Question"] = "问题",
            ["Answer"] = "回答",
            ["Policies"] = "江津无此文〔2026〕1号",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("没有发文字号为“江津无此文〔2026〕1号”的规范性文件。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.WithDbAsync(async db => Assert.False(await db.Set<PolicyQuestion>().AnyAsync(q => q.OrganizationId == organ)));

        var stranger = await factory.StaffAsync(await factory.OrganAsync(), BusinessRole.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/admin/policy-qa/edit?org={organ}")).StatusCode);
    }
}
