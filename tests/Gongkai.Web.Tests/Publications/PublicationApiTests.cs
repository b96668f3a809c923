using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Publications;

public sealed class PublicationApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static object Draft(int organizationId, string title) => new
    {
        organizationId,
        column = "item-1",
        title,
        documentNumber = "江津府办发〔2026〕30号",
        validity = "有效",
        signedOn = "2026-11-18",
        formedOn = "2026-11-20",
        bodyHtml = "<p>正文</p>",
    };

    private static async Task<int> CreateAsync(HttpClient editor, int organizationId, string title)
    {
        var response = await editor.PostAsJsonAsync("/api/v1/publications", Draft(organizationId, title));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    private static async Task ExpectAsync(HttpStatusCode status, Task<HttpResponseMessage> call, string? messagePart = null)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, body);
        }
    }

    [Fact]
    public async Task The_full_three_stage_flow_runs_through_the_api_with_three_reviewers_tokens()
    {
        var organ = await factory.NewOrganAsync(creditCode: "11500116MB0000044X");
        var editor = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        var id = await CreateAsync(editor, organ.Id, "接口起草的通知");
        await ExpectAsync(HttpStatusCode.OK, editor.PutAsJsonAsync($"/api/v1/publications/{id}", Draft(organ.Id, "接口修改后的通知")));

        var staffView = await (await editor.GetAsync($"/api/v1/publications/{id}")).JsonAsync();
        Assert.Equal("Draft", staffView.GetProperty("status").GetString());
        Assert.Equal("接口修改后的通知", staffView.GetProperty("working").GetProperty("title").GetString());
        await ExpectAsync(HttpStatusCode.NotFound, factory.CreateClient().GetAsync($"/api/v1/publications/{id}"));

        await ExpectAsync(HttpStatusCode.OK, editor.PostAsync($"/api/v1/publications/{id}/submit", null));
        var stages = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var reviewer = await factory.ApiStaffAsync((organ.Id, BusinessRole.Reviewer));
            stages.Add((await (await reviewer.GetAsync($"/api/v1/publications/{id}")).JsonAsync()).GetProperty("stageName").GetString());
            await ExpectAsync(HttpStatusCode.OK, reviewer.PostAsJsonAsync($"/api/v1/publications/{id}/approve", PublicationTestKit.ApproveBody()));
        }

        Assert.Equal(["初审", "复审", "终审"], stages);
        var item = await (await factory.CreateClient().GetAsync($"/api/v1/publications/{id}")).JsonAsync();
        Assert.Equal("接口修改后的通知", item.GetProperty("item").GetProperty("title").GetString());
        Assert.Equal("11500116MB0000044X/2026-00001", item.GetProperty("item").GetProperty("indexNumber").GetString());

        var withdrawer = await factory.ApiStaffAsync((organ.Id, BusinessRole.Reviewer));
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, withdrawer.PostAsJsonAsync($"/api/v1/publications/{id}/withdraw", new { reason = " " }));
        await ExpectAsync(HttpStatusCode.OK, withdrawer.PostAsJsonAsync($"/api/v1/publications/{id}/withdraw", new { reason = "内容有误" }));
        await ExpectAsync(HttpStatusCode.NotFound, factory.CreateClient().GetAsync($"/api/v1/publications/{id}"));
    }

    [Fact]
    public async Task The_author_cannot_approve_their_own_item_through_the_api()
    {
        var organ = await factory.NewOrganAsync();
        var both = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor), (organ.Id, BusinessRole.Reviewer));
        var id = await CreateAsync(both, organ.Id, "自审测试");
        await ExpectAsync(HttpStatusCode.OK, both.PostAsync($"/api/v1/publications/{id}/submit", null));
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, both.PostAsJsonAsync($"/api/v1/publications/{id}/approve", PublicationTestKit.ApproveBody()), "自己");
    }

    [Fact]
    public async Task Sending_back_without_a_comment_is_refused_and_with_one_returns_the_item_to_draft()
    {
        var organ = await factory.NewOrganAsync();
        var editor = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        var reviewer = await factory.ApiStaffAsync((organ.Id, BusinessRole.Reviewer));
        var id = await CreateAsync(editor, organ.Id, "退回测试");
        await ExpectAsync(HttpStatusCode.OK, editor.PostAsync($"/api/v1/publications/{id}/submit", null));

        await ExpectAsync(HttpStatusCode.UnprocessableEntity, reviewer.PostAsJsonAsync($"/api/v1/publications/{id}/send-back", new { comment = "" }), "意见");
        var response = await reviewer.PostAsJsonAsync($"/api/v1/publications/{id}/send-back", new { comment = "标题有误" });
        Assert.Equal("Draft", (await response.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Roles_and_organs_are_enforced_403_for_a_missing_role_404_for_another_organ_401_without_a_token()
    {
        var organ = await factory.NewOrganAsync();
        var other = await factory.NewOrganAsync();
        var editor = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        var id = await CreateAsync(editor, organ.Id, "权限测试");

        var reviewerOnly = await factory.ApiStaffAsync((organ.Id, BusinessRole.Reviewer));
        await ExpectAsync(HttpStatusCode.Forbidden, reviewerOnly.PostAsJsonAsync("/api/v1/publications", Draft(organ.Id, "审核人不能起草")), "信息编辑");
        await ExpectAsync(HttpStatusCode.Forbidden, reviewerOnly.PostAsync($"/api/v1/publications/{id}/submit", null));

        var outsider = await factory.ApiStaffAsync((other.Id, BusinessRole.Editor), (other.Id, BusinessRole.Reviewer));
        await ExpectAsync(HttpStatusCode.NotFound, outsider.GetAsync($"/api/v1/publications/{id}"));
        await ExpectAsync(HttpStatusCode.NotFound, outsider.PostAsync($"/api/v1/publications/{id}/submit", null));
        await ExpectAsync(HttpStatusCode.Unauthorized, factory.CreateClient().PostAsJsonAsync("/api/v1/publications", Draft(organ.Id, "匿名")));

        await ExpectAsync(HttpStatusCode.UnprocessableEntity, editor.PostAsJsonAsync("/api/v1/publications",
            new { organizationId = organ.Id, column = "item-1", title = "坏日期", formedOn = "2026/13/01" }), "formedOn");
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, editor.PostAsJsonAsync("/api/v1/publications",
            new { organizationId = organ.Id, column = "no-such-column", title = "坏栏目", formedOn = "2026-11-20" }), "栏目");
    }
}
