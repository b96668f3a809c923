using System.Net;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

/// <summary>相关信息: a policy and its interpretation shown beside each other, across organs.</summary>
public sealed class RelatedItemsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task An_editor_links_another_organ_s_published_item_and_both_pages_show_the_link_until_one_is_withdrawn()
    {
        var policyOrgan = await factory.OrganAsync();
        var interpretingOrgan = await factory.OrganAsync();
        var editor = await factory.StaffAsync(policyOrgan, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(policyOrgan, BusinessRole.Reviewer);
        var otherEditor = await factory.StaffAsync(interpretingOrgan, BusinessRole.Editor);
        var otherReviewer = await factory.StaffAsync(interpretingOrgan, BusinessRole.Reviewer);

        var policy = await editor.CreateDraftAsync(policyOrgan, "关于支持小微企业发展的若干措施");
        await editor.PublishAsync(policy, reviewer);
        var interpretation = await otherEditor.CreateDraftAsync(interpretingOrgan, "《关于支持小微企业发展的若干措施》政策解读");
        await otherEditor.PublishAsync(interpretation, otherReviewer);
        string? indexNumber = null;
        await factory.WithDbAsync(async db => indexNumber = await db.Set<Publication>().Where(p => p.Id == interpretation).Select(p => p.IndexNumber).SingleAsync());

        var visitor = factory.CreateClient();
        Assert.DoesNotContain("相关信息", await visitor.GetStringAsync($"/xxgk/{policyOrgan}/item/{policy}"));

        var linked = await editor.PostFormAsync($"/admin/publications/{policy}/related", new() { ["IndexNumber"] = indexNumber! }, $"/admin/publications/{policy}/related?handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var policyPage = await visitor.GetStringAsync($"/xxgk/{policyOrgan}/item/{policy}");
        Assert.Contains("相关信息", policyPage);
        Assert.Contains($"/xxgk/{interpretingOrgan}/item/{interpretation}", policyPage);
        Assert.Contains($"/xxgk/{policyOrgan}/item/{policy}", await visitor.GetStringAsync($"/xxgk/{interpretingOrgan}/item/{interpretation}"));
        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "publication.relatedAdded")));

        await otherReviewer.ActAsync(interpretation, "Withdraw", new() { ["Comment"] = "内容有误", ["Reason"] = "内容有误" }).ExpectRedirectAsync();
        Assert.DoesNotContain($"/item/{interpretation}", await visitor.GetStringAsync($"/xxgk/{policyOrgan}/item/{policy}"));
    }

    [Fact]
    public async Task An_unknown_index_number_or_the_item_itself_is_refused_with_a_reason()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var id = await editor.CreateDraftAsync(organ, "自我关联测试");
        await editor.PublishAsync(id, reviewer);
        string? own = null;
        await factory.WithDbAsync(async db => own = await db.Set<Publication>().Where(p => p.Id == id).Select(p => p.IndexNumber).SingleAsync());

        var unknown = await editor.PostFormAsync($"/admin/publications/{id}/related", new() { ["IndexNumber"] = "NOPE/2026-99999" }, $"/admin/publications/{id}/related?handler=Add");
        Assert.Contains("没有索引号为", await unknown.Content.ReadAsStringAsync());
        var self = await editor.PostFormAsync($"/admin/publications/{id}/related", new() { ["IndexNumber"] = own! }, $"/admin/publications/{id}/related?handler=Add");
        Assert.Contains("不能把信息关联到它自己", await self.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Staff_of_another_organ_cannot_see_or_change_an_item_s_links()
    {
        var organ = await factory.OrganAsync();
        var other = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var id = await editor.CreateDraftAsync(organ, "他机关不可见");
        var stranger = await factory.StaffAsync(other, BusinessRole.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/admin/publications/{id}/related")).StatusCode);
    }
}
