using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

/// <summary>The API follows the UI's pre-publication rule: findings block the final approval until
/// the reviewer overrides them with a reason, which is recorded.</summary>
public sealed class PublicationApiChecksTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Final_approval_through_the_api_is_blocked_by_personal_information_until_overridden_with_a_reason()
    {
        var organ = await factory.NewOrganAsync();
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Gongkai.Web.Features.Publications.PublicationSettings { OrganizationId = organ.Id, ReviewStages = 1 });
            await db.SaveChangesAsync();
        });
        var editor = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        var created = await editor.PostAsJsonAsync("/api/v1/publications", new
        {
            organizationId = organ.Id,
            column = "item-1",
            title = "获奖名单",
            validity = "有效",
            formedOn = "2026-11-20",
            bodyHtml = "<p>获奖者联系电话13812345678</p>",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync($"/api/v1/publications/{id}/submit", null)).StatusCode);

        var reviewer = await factory.ApiStaffAsync((organ.Id, BusinessRole.Reviewer));
        var blocked = await reviewer.PostAsJsonAsync($"/api/v1/publications/{id}/approve", PublicationTestKit.ApproveBody());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        Assert.Contains("发布前检查", await blocked.Content.ReadAsStringAsync());

        var blank = await reviewer.PostAsJsonAsync($"/api/v1/publications/{id}/approve", PublicationTestKit.ApproveBody(overrideReason: " "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("须填写理由", await blank.Content.ReadAsStringAsync());

        var published = await reviewer.PostAsJsonAsync($"/api/v1/publications/{id}/approve", PublicationTestKit.ApproveBody(overrideReason: "获奖者本人书面同意公开联系电话"));
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        Assert.Equal("Published", (await published.JsonAsync()).GetProperty("status").GetString());
        await factory.WithDbAsync(async db =>
        {
            var audit = await db.Set<AuditEntry>().SingleAsync(e => e.TargetId == id.ToString() && e.EventType == "publication.checksOverridden");
            Assert.Contains("获奖者本人书面同意公开联系电话", audit.After);
        });
    }
}
