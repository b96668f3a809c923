using System.Net;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

public sealed class PublicationSettingsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Organ_admin_sets_the_number_of_review_stages_and_it_is_audited()
    {
        var organ = await factory.OrganizationIdAsync("区财政局");
        var client = await factory.StaffClientAsync("finance-admin", (organ, BusinessRole.OrganizationAdmin));
        Assert.Contains("信息发布设置", await client.GetStringAsync($"/admin/publications/settings/{organ}"));

        var saved = await client.PostFormAsync($"/admin/publications/settings/{organ}", new() { ["Stages"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(2, await db.Set<PublicationSettings>().Where(s => s.OrganizationId == organ).Select(s => s.ReviewStages).SingleAsync());
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "publication.settingsChanged" && e.OrganizationId == organ));
        });
    }

    [Fact]
    public async Task An_out_of_range_number_of_stages_is_refused_and_nothing_changes()
    {
        var organ = await factory.OrganizationIdAsync("区商务委");
        var client = await factory.StaffClientAsync("commerce-admin", (organ, BusinessRole.OrganizationAdmin));
        var response = await client.PostFormAsync($"/admin/publications/settings/{organ}", new() { ["Stages"] = "9" });
        Assert.Contains("审核环节数应为 1 至 5", await response.Content.ReadAsStringAsync());
        await factory.WithDbAsync(async db => Assert.False(await db.Set<PublicationSettings>().AnyAsync(s => s.OrganizationId == organ)));
    }

    [Fact]
    public async Task Another_organ_s_admin_or_editor_cannot_change_the_setting()
    {
        var finance = await factory.OrganizationIdAsync("区财政局");
        var justice = await factory.OrganizationIdAsync("区司法局");
        var other = await factory.StaffClientAsync("justice-admin", (justice, BusinessRole.OrganizationAdmin));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/publications/settings/{finance}")).StatusCode);
        var editor = await factory.StaffClientAsync("finance-editor", (finance, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/publications/settings/{finance}")).StatusCode);
    }
}
