using Gongkai.Domain.Organizations;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (bidirectional controls): a right-to-left override in a title would show 〔‮fdp.exe〕 as
/// 〔exe.pdf〕 on pages, feeds and search. Titles and names are saved without bidi controls.</summary>
public sealed class BidiAttackTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task BidiOverrideInTitleIsNeutralised()
    {
        var orgId = await factory.OrganAsync();
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var id = await editor.CreateDraftAsync(orgId, "关于调整收费标准的通知\u202Efdp.exe\u2066\u200F");

        string title = "";
        await factory.WithDbAsync(async db => title = await db.Set<Publication>().Where(p => p.Id == id).Select(p => p.Title).SingleAsync());
        Assert.Equal("关于调整收费标准的通知fdp.exe", title);
        // Nor on the item's page, whose history shows the audit trail of the edit.
        var page = await editor.GetStringAsync($"/admin/publications/{id}");
        var at = page.IndexOf('\u202E', StringComparison.Ordinal);
        Assert.True(at < 0, at < 0 ? "" : page[Math.Max(0, at - 300)..Math.Min(page.Length, at + 100)]);
    }

    [Fact]
    public async Task BidiOverrideInAnOrganNameAndAStaffNameIsNeutralised()
    {
        var organ = new Gongkai.Web.Features.Organizations.Organization { Name = "江津区\u202E局政财", ShortName = "财\u061C政", Kind = OrganizationKind.Department };
        await factory.WithDbAsync(async db =>
        {
            db.Add(organ);
            await db.SaveChangesAsync();
        });
        var user = await factory.CreateStaffAsync(PublicationTestKit.Unique("bidi-"));
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Users.SingleAsync(u => u.Id == user.Id);
            tracked.DisplayName = "张\u202D三";
            await db.SaveChangesAsync();
        });

        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Set<Gongkai.Web.Features.Organizations.Organization>().AsNoTracking().SingleAsync(o => o.Id == organ.Id);
            Assert.Equal("江津区局政财", saved.Name);
            Assert.Equal("财政", saved.ShortName);
            Assert.Equal("张三", (await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id)).DisplayName);
        });
    }
}
