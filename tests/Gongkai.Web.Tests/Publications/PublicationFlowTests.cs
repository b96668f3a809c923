using System.Net;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

public sealed class PublicationFlowTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private async Task<int> OrganAsync(OrganizationKind kind = OrganizationKind.Department, string? creditCode = null, int? stages = null)
    {
        var organ = new Organization { Name = Unique("测试机关"), ShortName = Unique("测"), Kind = kind, CreditCode = creditCode };
        await factory.WithDbAsync(async db =>
        {
            db.Add(organ);
            await db.SaveChangesAsync();
            if (stages is { } n)
            {
                db.Add(new PublicationSettings { OrganizationId = organ.Id, ReviewStages = n });
                await db.SaveChangesAsync();
            }
        });
        return organ.Id;
    }

    private Task<HttpClient> StaffAsync(int orgId, params BusinessRole[] roles) =>
        factory.StaffClientAsync(Unique("pub-"), roles.Select(r => (orgId, r)).ToArray());

    private static async Task<int> CreateDraftAsync(HttpClient editor, int orgId, string title, string body = "<p>正文</p>", string? scheduledFor = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.ColumnKey"] = "item-1",
            ["Input.Title"] = title,
            ["Input.DocumentNumber"] = "江津府办发〔2026〕12号",
            ["Input.Topic"] = "综合政务",
            ["Input.Genre"] = "通知",
            ["Input.Validity"] = "Valid",
            ["Input.SignedOn"] = "2026-11-18",
            ["Input.FormedOn"] = "2026-11-20",
            ["Input.BodyHtml"] = body,
            ["Input.ScheduledFor"] = scheduledFor ?? "",
        };
        var response = await editor.PostFormAsync($"/admin/publications/edit?org={orgId}", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Posts a handler of the item page; an approval carries the stage's checks (校对, 保密审查)
    /// as a reviewer who did them does (<see cref="PublicationTestKit.ReviewedFields"/>).</summary>
    private static Task<HttpResponseMessage> ActAsync(HttpClient client, int id, string handler, string? comment = null)
    {
        var fields = comment is null ? new Dictionary<string, string>() : new() { ["Comment"] = comment };
        return client.PostFormAsync($"/admin/publications/{id}", handler == "Approve" ? PublicationTestKit.ReviewedFields(fields) : fields, $"/admin/publications/{id}?handler={handler}");
    }

    private static async Task ExpectRedirectAsync(Task<HttpResponseMessage> action)
    {
        var response = await action;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<Publication> LoadAsync(int id)
    {
        Publication? p = null;
        await factory.WithDbAsync(async db => p = await db.Set<Publication>().AsNoTracking().SingleAsync(x => x.Id == id));
        return p!;
    }

    [Fact]
    public async Task Editor_drafts_three_distinct_reviewers_approve_and_the_item_is_public_with_its_index_number()
    {
        var orgId = await OrganAsync(creditCode: "11500116MB0000001X");
        var editor = await StaffAsync(orgId, BusinessRole.Editor);
        var reviewers = new[] { await StaffAsync(orgId, BusinessRole.Reviewer), await StaffAsync(orgId, BusinessRole.Reviewer), await StaffAsync(orgId, BusinessRole.Reviewer) };
        var id = await CreateDraftAsync(editor, orgId, "关于印发江津区2026年政务公开工作要点的通知");
        await ExpectRedirectAsync(ActAsync(editor, id, "Submit"));
        Assert.Contains("初审", await reviewers[0].GetStringAsync("/admin/publications/review"));

        foreach (var reviewer in reviewers)
        {
            await ExpectRedirectAsync(ActAsync(reviewer, id, "Approve", "同意"));
        }

        var item = await LoadAsync(id);
        Assert.Equal(PublicationStatus.Published, item.Status);
        Assert.Equal("11500116MB0000001X/2026-00001", item.IndexNumber);

        var page = await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/item/{id}");
        Assert.Contains("11500116MB0000001X/2026-00001", page);
        Assert.Contains("江津府办发〔2026〕12号", page);
        Assert.Contains("综合政务", page);
        Assert.Contains("2026-11-18", page);
        Assert.Contains("有效", page);
        var platform = await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}");
        Assert.Contains("行政法规、规章和规范性文件", platform);
        var api = await factory.CreateClient().GetStringAsync($"/api/v1/publications?org={orgId}&column=item-1");
        Assert.Contains("关于印发江津区2026年政务公开工作要点的通知", api);

        await factory.WithDbAsync(async db =>
        {
            var events = await db.Set<AuditEntry>().Where(e => e.TargetType == PublicationService.TargetType && e.TargetId == id.ToString())
                .Select(e => e.EventType).ToListAsync();
            Assert.Contains("publication.created", events);
            Assert.Contains("publication.submitted", events);
            Assert.Equal(3, events.Count(e => e == "publication.approved"));
            Assert.Contains("publication.published", events);
        });
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_their_own_item()
    {
        var orgId = await OrganAsync();
        var both = await StaffAsync(orgId, BusinessRole.Editor, BusinessRole.Reviewer);
        var id = await CreateDraftAsync(both, orgId, "自审测试");
        await ExpectRedirectAsync(ActAsync(both, id, "Submit"));
        var response = await ActAsync(both, id, "Approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("不能审核自己撰写的信息", await response.Content.ReadAsStringAsync());
        Assert.Equal(PublicationStatus.InReview, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task The_same_reviewer_cannot_approve_two_stages()
    {
        var orgId = await OrganAsync();
        var editor = await StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await CreateDraftAsync(editor, orgId, "两审测试");
        await ExpectRedirectAsync(ActAsync(editor, id, "Submit"));
        await ExpectRedirectAsync(ActAsync(reviewer, id, "Approve"));
        var response = await ActAsync(reviewer, id, "Approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("同一审核人不能审核同一信息的两个环节", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sending_back_needs_a_comment_and_returns_the_item_to_draft()
    {
        var orgId = await OrganAsync();
        var editor = await StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await CreateDraftAsync(editor, orgId, "退回测试");
        await ExpectRedirectAsync(ActAsync(editor, id, "Submit"));

        var refused = await ActAsync(reviewer, id, "SendBack", "");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("退回意见", await refused.Content.ReadAsStringAsync());

        await ExpectRedirectAsync(ActAsync(reviewer, id, "SendBack", "请补充发文字号。"));
        Assert.Equal(PublicationStatus.Draft, (await LoadAsync(id)).Status);
        Assert.Contains("请补充发文字号。", await editor.GetStringAsync($"/admin/publications/{id}"));
    }

    [Fact]
    public async Task Withdrawal_hides_the_public_page_at_once()
    {
        var orgId = await OrganAsync(stages: 1);
        var editor = await StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await CreateDraftAsync(editor, orgId, "撤回测试");
        await ExpectRedirectAsync(ActAsync(editor, id, "Submit"));
        await ExpectRedirectAsync(ActAsync(reviewer, id, "Approve"));
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/xxgk/{orgId}/item/{id}")).StatusCode);

        var noReason = await ActAsync(reviewer, id, "Withdraw", " ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        await ExpectRedirectAsync(ActAsync(reviewer, id, "Withdraw", "内容已过时。"));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/xxgk/{orgId}/item/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/publications/{id}")).StatusCode);
        Assert.Equal(PublicationStatus.Withdrawn, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task A_scheduled_item_is_invisible_before_its_time_and_visible_after()
    {
        var orgId = await OrganAsync(stages: 1);
        var editor = await StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await StaffAsync(orgId, BusinessRole.Reviewer);
        var at = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddDays(2);
        var id = await CreateDraftAsync(editor, orgId, "定时发布测试", scheduledFor: at.ToString("yyyy-MM-ddTHH:mm"));
        await ExpectRedirectAsync(ActAsync(editor, id, "Submit"));
        await ExpectRedirectAsync(ActAsync(reviewer, id, "Approve"));
        Assert.Equal(PublicationStatus.Scheduled, (await LoadAsync(id)).Status);

        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/xxgk/{orgId}/item/{id}")).StatusCode);
        Assert.DoesNotContain("定时发布测试", await anonymous.GetStringAsync($"/xxgk/{orgId}/item-1"));

        factory.Clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMinutes(1)));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/xxgk/{orgId}/item/{id}")).StatusCode);
        Assert.Contains("定时发布测试", await anonymous.GetStringAsync($"/xxgk/{orgId}/item-1"));
    }

    [Fact]
    public async Task Another_organs_editor_can_neither_see_nor_change_a_draft()
    {
        var orgA = await OrganAsync();
        var orgB = await OrganAsync();
        var editorA = await StaffAsync(orgA, BusinessRole.Editor);
        var editorB = await StaffAsync(orgB, BusinessRole.Editor, BusinessRole.Reviewer);
        var id = await CreateDraftAsync(editorA, orgA, "甲机关草稿");

        Assert.Equal(HttpStatusCode.NotFound, (await editorB.GetAsync($"/admin/publications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editorB.GetAsync($"/admin/publications/edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editorB.GetAsync($"/admin/publications/edit?org={orgA}")).StatusCode);
        Assert.DoesNotContain("甲机关草稿", await editorB.GetStringAsync("/admin/publications"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/xxgk/{orgA}/item/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_reviewer_without_the_editor_role_is_refused_editing_with_403()
    {
        var orgId = await OrganAsync();
        var editor = await StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await CreateDraftAsync(editor, orgId, "仅审核人");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/admin/publications/edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(reviewer, id, "Submit")).StatusCode);
    }

    [Fact]
    public async Task The_body_is_sanitised_when_saved()
    {
        var orgId = await OrganAsync();
        var editor = await StaffAsync(orgId, BusinessRole.Editor);
        var id = await CreateDraftAsync(editor, orgId, "清洗测试",
            "<p>正文段落</p><script>alert(1)</script><a href=\"javascript:alert(1)\" onclick=\"steal()\">链接</a><img src=x onerror=alert(1)>");
        var body = (await LoadAsync(id)).BodyHtml;
        Assert.Contains("<p>正文段落</p>", body);
        Assert.DoesNotContain("<script", body);
        Assert.DoesNotContain("onclick", body);
        Assert.DoesNotContain("onerror", body);
        Assert.DoesNotContain("javascript:", body);
    }

    [Fact]
    public async Task A_correction_is_reviewed_while_the_published_version_stays_visible()
    {
        var orgId = await OrganAsync(stages: 1);
        var editor = await StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await CreateDraftAsync(editor, orgId, "原标题");
        await ExpectRedirectAsync(ActAsync(editor, id, "Submit"));
        await ExpectRedirectAsync(ActAsync(reviewer, id, "Approve"));
        var index = (await LoadAsync(id)).IndexNumber;

        await ExpectRedirectAsync(ActAsync(editor, id, "Correct"));
        var edit = await editor.PostFormAsync($"/admin/publications/edit/{id}", new()
        {
            ["Input.ColumnKey"] = "item-1",
            ["Input.Title"] = "更正后标题",
            ["Input.FormedOn"] = "2026-11-21",
            ["Input.Validity"] = "Valid",
            ["Input.BodyHtml"] = "<p>新正文</p>",
            ["Input.RevisionNote"] = "更正了标题。",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        await ExpectRedirectAsync(ActAsync(editor, id, "Submit"));
        var anonymous = factory.CreateClient();
        Assert.Contains("原标题", await anonymous.GetStringAsync($"/xxgk/{orgId}/item/{id}"));

        await ExpectRedirectAsync(ActAsync(reviewer, id, "Approve"));
        var page = await anonymous.GetStringAsync($"/xxgk/{orgId}/item/{id}");
        Assert.Contains("更正后标题", page);
        Assert.Contains("更正了标题。", page);
        Assert.Contains("更正记录", page);
        Assert.Contains("第 1 版", page);
        Assert.Contains("第 2 版", page);
        Assert.Equal(index, (await LoadAsync(id)).IndexNumber);
    }

    [Fact]
    public async Task A_department_without_article_21_matters_gets_items_1_2_5_to_10_14_15_and_the_emergency_plans_item_12_seed_5_1_1_and_4_2_1()
    {
        var orgId = await OrganAsync(OrganizationKind.Department);
        var page = await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}");
        Assert.Contains("政府信息公开指南", page);
        Assert.Contains("政府信息公开年报", page);
        List<string> keys = [];
        await factory.WithDbAsync(async db => keys = await db.Set<PublicationColumn>()
            .Where(c => c.OrganizationId == orgId && c.ParentId != null).OrderBy(c => c.SortOrder).Select(c => c.Key).ToListAsync());
        Assert.Equal(["item-1", "item-2", "item-5", "item-6", "item-7", "item-8", "item-9", "item-10", "item-12", "item-14", "item-15"], keys);
    }

    [Fact]
    public async Task The_district_government_gets_all_fifteen_items_and_the_local_areas_and_a_town_the_local_areas_and_emergency_plans()
    {
        var government = await OrganAsync(OrganizationKind.Government);
        var town = await OrganAsync(OrganizationKind.Town);
        await factory.CreateClient().GetStringAsync($"/xxgk/{government}");
        await factory.CreateClient().GetStringAsync($"/xxgk/{town}");
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(22, await db.Set<PublicationColumn>().CountAsync(c => c.OrganizationId == government && c.ParentId != null));
            Assert.Equal(18, await db.Set<PublicationColumn>().CountAsync(c => c.OrganizationId == town && c.ParentId != null));
            Assert.True(await db.Set<PublicationColumn>().AnyAsync(c => c.OrganizationId == town && c.Key == "item-12"));
            Assert.True(await db.Set<PublicationColumn>().AnyAsync(c => c.OrganizationId == town && c.Key == "item-21-shehuijiuzhu"));
        });
    }

    [Fact]
    public async Task Party_bodies_have_no_platform()
    {
        var party = await OrganAsync(OrganizationKind.Party);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/xxgk/{party}")).StatusCode);
    }
}
