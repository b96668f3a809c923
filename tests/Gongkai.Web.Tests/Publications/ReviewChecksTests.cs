using System.Net;
using System.Net.Http.Json;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

/// <summary>The checks that go with the review stages (REGULATIONS.md §7.3): 保密审查 before
/// publication (《政府网站发展指引》, 国办发〔2017〕47号) as its own recorded step — who, when, result,
/// visible in the item's history — and 三审三校 proofreading recorded at each stage.</summary>
public sealed class ReviewChecksTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<Publication> LoadAsync(int id)
    {
        Publication? p = null;
        await factory.WithDbAsync(async db => p = await db.Set<Publication>().AsNoTracking().SingleAsync(x => x.Id == id));
        return p!;
    }

    private async Task<List<ReviewAction>> HistoryAsync(int id)
    {
        var steps = new List<ReviewAction>();
        await factory.WithDbAsync(async db => steps = await db.Set<ReviewAction>().AsNoTracking().Where(a => a.PublicationId == id).OrderBy(a => a.Id).ToListAsync());
        return steps;
    }

    [Fact]
    public async Task Publishing_without_a_confidentiality_review_is_refused_per_47hao()
    {
        var orgId = await factory.OrganAsync(stages: 1);
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await editor.CreateDraftAsync(orgId, "关于2026年度区级预算调整的说明");
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();

        var refused = await reviewer.ActAsync(id, "Approve", new() { ["Proofread"] = "true" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("保密审查", await refused.Content.ReadAsStringAsync());
        Assert.Equal(PublicationStatus.InReview, (await LoadAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/xxgk/{orgId}/item/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_confidentiality_review_is_recorded_with_who_when_and_result_in_the_item_history_per_47hao()
    {
        var orgId = await factory.OrganAsync(stages: 2);
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var first = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        var final = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await editor.CreateDraftAsync(orgId, "关于公布2026年第四季度重点项目进展的通知");
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();

        // The review is its own step, taken here at the first stage, and counts for the final one.
        await first.ActAsync(id, "ConfidentialityPass", new() { ["Comment"] = "经核查不含涉密内容" }).ExpectRedirectAsync();
        await first.ActAsync(id, "Approve", new() { ["Proofread"] = "true" }).ExpectRedirectAsync();
        Assert.Contains("本轮保密审查已通过", await final.GetStringAsync($"/admin/publications/{id}"));
        await final.ActAsync(id, "Approve", new() { ["Proofread"] = "true" }).ExpectRedirectAsync();
        Assert.Equal(PublicationStatus.Published, (await LoadAsync(id)).Status);

        var review = Assert.Single(await HistoryAsync(id), a => a.Decision == ReviewDecision.ConfidentialityCheck);
        Assert.True(review.Passed);
        Assert.StartsWith("pub-", review.ActorName);
        Assert.Equal(factory.Clock.GetUtcNow(), review.At);
        Assert.Equal("经核查不含涉密内容", review.Comment);
        var page = await editor.GetStringAsync($"/admin/publications/{id}");
        Assert.Contains("保密审查：通过", page);
        Assert.Contains(review.ActorName, page);
        await factory.WithDbAsync(async db =>
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "publication.confidentialityReviewed" && e.TargetId == id.ToString())));
    }

    [Fact]
    public async Task A_failed_confidentiality_review_sends_the_item_back_with_its_reason_per_47hao()
    {
        var orgId = await factory.OrganAsync(stages: 3);
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await editor.CreateDraftAsync(orgId, "关于某项目招标情况的报告");
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();

        var blank = await reviewer.ActAsync(id, "ConfidentialityFail");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("必须填写原因", await blank.Content.ReadAsStringAsync());

        await reviewer.ActAsync(id, "ConfidentialityFail", new() { ["Comment"] = "附件含内部工作秘密，须删除后再报" }).ExpectRedirectAsync();
        Assert.Equal(PublicationStatus.Draft, (await LoadAsync(id)).Status);
        var step = (await HistoryAsync(id)).Last();
        Assert.Equal(ReviewDecision.ConfidentialityCheck, step.Decision);
        Assert.False(step.Passed);
        Assert.Contains("保密审查：不通过", await editor.GetStringAsync($"/admin/publications/{id}"));
    }

    [Fact]
    public async Task Each_review_stage_records_its_proofreading_and_cannot_pass_without_it_san_shen_san_jiao()
    {
        var orgId = await factory.OrganAsync(stages: 3);
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var reviewers = new[] { await factory.StaffAsync(orgId, BusinessRole.Reviewer), await factory.StaffAsync(orgId, BusinessRole.Reviewer), await factory.StaffAsync(orgId, BusinessRole.Reviewer) };
        var id = await editor.CreateDraftAsync(orgId, "江津区2026年政务公开工作要点");
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();

        var refused = await reviewers[0].ActAsync(id, "Approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("一校", await refused.Content.ReadAsStringAsync());

        await PublicationTestKit.ApproveEachAsync(id, reviewers);
        Assert.Equal(PublicationStatus.Published, (await LoadAsync(id)).Status);
        var proofreads = (await HistoryAsync(id)).Where(a => a.Decision == ReviewDecision.Proofread).ToList();
        Assert.Equal([1, 2, 3], proofreads.Select(a => a.Stage));
        var page = await editor.GetStringAsync($"/admin/publications/{id}");
        Assert.Contains("校对（一校）", page);
        Assert.Contains("校对（二校）", page);
        Assert.Contains("校对（三校）", page);
    }

    [Fact]
    public async Task The_api_refuses_an_approval_without_its_checks_and_records_the_confidentiality_review_per_47hao()
    {
        var orgId = await factory.OrganAsync(stages: 1);
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var id = await editor.CreateDraftAsync(orgId, "关于调整部分行政事业性收费标准的通知");
        await editor.ActAsync(id, "Submit").ExpectRedirectAsync();
        var api = await factory.ApiStaffAsync((orgId, BusinessRole.Reviewer));

        var noProofread = await api.PostAsJsonAsync($"/api/v1/publications/{id}/approve", new { comment = "同意" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noProofread.StatusCode);
        Assert.Contains("一校", await noProofread.Content.ReadAsStringAsync());
        var noReview = await api.PostAsJsonAsync($"/api/v1/publications/{id}/approve", new { comment = "同意", proofread = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReview.StatusCode);
        Assert.Contains("保密审查", await noReview.Content.ReadAsStringAsync());
        var badResult = await api.PostAsJsonAsync($"/api/v1/publications/{id}/confidentiality-review", new { result = "ok" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badResult.StatusCode);

        var reviewed = await api.PostAsJsonAsync($"/api/v1/publications/{id}/confidentiality-review", new { result = "passed", comment = "不含涉密信息" });
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.True((await reviewed.JsonAsync()).GetProperty("confidentialityCleared").GetBoolean());
        var published = await api.PostAsJsonAsync($"/api/v1/publications/{id}/approve", new { comment = "同意", proofread = true });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("Published", (await published.JsonAsync()).GetProperty("status").GetString());
    }
}
