using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Applications;

/// <summary>《条例》第四十四条: a repeatedly requested item is moved into proactive disclosure from the case.</summary>
public sealed class ProactiveDisclosureTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string DescriptionWithPersonalData = "我是张三，电话13812345678，请公开2026年本机关行政事业性收费项目清单。";

    [Fact]
    public async Task Case_page_opens_one_draft_in_the_organs_platform_without_the_applicants_personal_data()
    {
        var organ = await factory.NewOrganAsync();
        var id = await RegisterAsync(await factory.CaseHandlerAsync(organ.Id), organ.Id, description: DescriptionWithPersonalData);
        var staff = await factory.StaffClientAsync(PublicationTestKit.Unique("pd-"), (organ.Id, BusinessRole.CaseHandler), (organ.Id, BusinessRole.Editor));

        var first = await staff.PostFormAsync($"/admin/applications/{id}", [], $"/admin/applications/{id}?handler=Proactive");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var location = first.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/publications/edit/", location);
        var publicationId = int.Parse(location["/admin/publications/edit/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        var second = await staff.PostFormAsync($"/admin/applications/{id}", [], $"/admin/applications/{id}?handler=Proactive");
        Assert.Equal(location, second.Headers.Location!.OriginalString);

        await factory.WithDbAsync(async db =>
        {
            var drafts = await db.Set<Publication>().Include(p => p.Revisions).Where(p => p.OrganizationId == organ.Id).ToListAsync();
            var draft = Assert.Single(drafts);
            Assert.Equal(publicationId, draft.Id);
            Assert.Null(draft.PublishedRevisionNumber);
            var text = draft.Title + draft.Summary + draft.BodyHtml + string.Join("", draft.Revisions.Select(r => r.Title + r.BodyHtml));
            Assert.Contains("第四十四条", text);
            Assert.DoesNotContain("张三", text);
            Assert.DoesNotContain("13812345678", text);
            Assert.DoesNotContain("重庆市江津区几江街道", text);
            Assert.Equal(publicationId, (await db.Set<DisclosureApplication>().SingleAsync(a => a.Id == id)).ProactivePublicationId);
            Assert.Single(await db.Set<AuditEntry>().Where(e => e.EventType == "application.proactive" && e.TargetId == id.ToString()).ToListAsync());
        });

        var page = await staff.GetStringAsync($"/admin/applications/{id}");
        Assert.Contains($"href=\"/admin/publications/{publicationId}\"", page);
    }

    [Fact]
    public async Task Api_returns_the_same_draft_on_a_second_call()
    {
        var organ = await factory.NewOrganAsync();
        var id = await RegisterAsync(await factory.CaseHandlerAsync(organ.Id), organ.Id);
        var api = await factory.ApiStaffAsync((organ.Id, BusinessRole.CaseHandler), (organ.Id, BusinessRole.Editor));

        var first = await ExpectAsync(HttpStatusCode.OK, api.PostAsync($"/api/v1/applications/{id}/proactive", null));
        var second = await ExpectAsync(HttpStatusCode.OK, api.PostAsync($"/api/v1/applications/{id}/proactive", null));

        Assert.Equal(first.GetProperty("publicationId").GetInt32(), second.GetProperty("publicationId").GetInt32());
        await factory.WithDbAsync(async db => Assert.Equal(1, await db.Set<Publication>().CountAsync(p => p.OrganizationId == organ.Id)));
    }

    [Fact]
    public async Task Another_organs_staff_get_404_and_a_case_handler_who_is_not_an_editor_gets_403()
    {
        var organ = await factory.NewOrganAsync();
        var other = await factory.NewOrganAsync();
        var id = await RegisterAsync(await factory.CaseHandlerAsync(organ.Id), organ.Id);

        var stranger = await factory.ApiStaffAsync((other.Id, BusinessRole.CaseHandler), (other.Id, BusinessRole.Editor));
        await ExpectAsync(HttpStatusCode.NotFound, stranger.PostAsync($"/api/v1/applications/{id}/proactive", null));

        var handlerOnly = await factory.ApiStaffAsync((organ.Id, BusinessRole.CaseHandler));
        await ExpectAsync(HttpStatusCode.Forbidden, handlerOnly.PostAsync($"/api/v1/applications/{id}/proactive", null), "编辑");

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(0, await db.Set<Publication>().CountAsync(p => p.OrganizationId == organ.Id));
            Assert.Null((await db.Set<DisclosureApplication>().SingleAsync(a => a.Id == id)).ProactivePublicationId);
        });
    }
}
