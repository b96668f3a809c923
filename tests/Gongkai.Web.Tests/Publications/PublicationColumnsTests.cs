using System.Net;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

public sealed class PublicationColumnsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Organ_admin_adds_a_sub_column_that_the_public_platform_and_the_editor_see()
    {
        var organ = await factory.OrganizationIdAsync("区教委");
        var admin = await factory.StaffClientAsync("edu-admin", (organ, BusinessRole.OrganizationAdmin));
        var added = await admin.PostFormAsync($"/admin/publications/columns/{organ}", new() { ["Title"] = "重点领域信息公开" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var platform = await factory.CreateClient().GetStringAsync($"/xxgk/{organ}");
        Assert.Contains("重点领域信息公开", platform);
        var column = await factory.CreateClient().GetAsync($"/xxgk/{organ}/custom-1");
        Assert.Equal(HttpStatusCode.OK, column.StatusCode);

        var editor = await factory.StaffClientAsync("edu-editor", (organ, BusinessRole.Editor));
        Assert.Contains("value=\"custom-1\"", await editor.GetStringAsync($"/admin/publications/edit?org={organ}"));
        await factory.WithDbAsync(async db =>
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "publication.columnAdded" && e.OrganizationId == organ)));
    }

    [Fact]
    public async Task A_duplicate_or_empty_name_is_refused()
    {
        var organ = await factory.OrganizationIdAsync("区民政局");
        var admin = await factory.StaffClientAsync("civil-admin", (organ, BusinessRole.OrganizationAdmin));
        var duplicate = await admin.PostFormAsync($"/admin/publications/columns/{organ}", new() { ["Title"] = "法定主动公开内容" });
        Assert.Contains("已有名为", await duplicate.Content.ReadAsStringAsync());
        var empty = await admin.PostFormAsync($"/admin/publications/columns/{organ}", new() { ["Title"] = " " });
        Assert.Contains("请填写", await empty.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_organ_s_admin_cannot_add_columns()
    {
        var organ = await factory.OrganizationIdAsync("区教委");
        var other = await factory.OrganizationIdAsync("区司法局");
        var client = await factory.StaffClientAsync("justice-col-admin", (other, BusinessRole.OrganizationAdmin));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/admin/publications/columns/{organ}")).StatusCode);
    }
}
