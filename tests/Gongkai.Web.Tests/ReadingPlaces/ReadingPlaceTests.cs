using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Domain.Applications;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.ReadingPlaces;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.ReadingPlaces;

public sealed class ReadingPlaceTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task An_application_received_during_a_visit_is_registered_as_an_in_person_case()
    {
        var organ = await factory.NewOrganAsync();
        var staff = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor), (organ.Id, BusinessRole.CaseHandler));
        var created = await ApplicationTestKit.ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync("/api/v1/reading-places", new
        {
            organizationId = organ.Id,
            kind = "ReadingRoom",
            name = "区政务服务中心政府信息公共查阅室",
            address = "重庆市江津区几江街道鼎山大道100号一楼",
            hours = "工作日 9:00—17:00",
            phone = "023-47521234",
            services = new[] { "ApplicationGuidance", "Reading", "CentralisedAcceptance" },
            equipment = "查阅电脑2台、打印机1台",
            mapUrl = "https://map.example.cn/?q=鼎山大道100号",
        }));
        var placeId = created.GetProperty("id").GetInt32();

        // The public see it on /cxcs and in the API, with the services named.
        var page = await factory.CreateClient().GetStringAsync("/cxcs");
        Assert.Contains("区政务服务中心政府信息公共查阅室", page);
        Assert.Contains("申请指导、相对集中受理、查阅", page);
        var places = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/reading-places?organization={organ.Id}");
        Assert.Equal("公共查阅室", places[0].GetProperty("kindName").GetString());

        var visitedOn = Gongkai.Web.Shared.ChinaTime.Today(factory.Clock).AddDays(-1);
        var visit = await ApplicationTestKit.ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync($"/api/v1/reading-places/{placeId}/visits",
            new { visitedOn = visitedOn.ToString("yyyy-MM-dd"), visitors = 6, services = new[] { "Reading", "ApplicationGuidance" }, note = "一名群众当场提交申请" }));
        var visitId = visit.GetProperty("id").GetInt32();

        var body = ApplicationTestKit.Body(organ.Id);
        body.Remove("channel");
        var registered = await ApplicationTestKit.ExpectAsync(HttpStatusCode.Created,
            staff.PostAsJsonAsync($"/api/v1/reading-places/{placeId}/visits/{visitId}/applications", body));
        var id = registered.GetProperty("id").GetInt32();

        DisclosureApplication? stored = null;
        var linked = false;
        await factory.WithDbAsync(async db =>
        {
            stored = await db.Set<DisclosureApplication>().AsNoTracking().SingleAsync(a => a.Id == id);
            linked = await db.Set<ReadingPlaceApplication>().AnyAsync(a => a.VisitId == visitId && a.ApplicationId == id);
        });
        Assert.Equal("inPerson", ApplicationChannels.Code(stored!.Channel));
        Assert.Equal(organ.Id, stored.OrganizationId);
        // 当面提交: received the day it was handed in at the reading room (Art. 31(1)).
        Assert.Equal(visitedOn, stored.ReceivedOn);
        Assert.True(linked);

        // A future visit date is refused; someone without the case-handler role cannot register cases.
        var future = await staff.PostAsJsonAsync($"/api/v1/reading-places/{placeId}/visits",
            new { visitedOn = visitedOn.AddDays(5).ToString("yyyy-MM-dd"), visitors = 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Contains("接待日期不能晚于今天", await future.Content.ReadAsStringAsync());
        var editorOnly = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        var refused = await editorOnly.PostAsJsonAsync($"/api/v1/reading-places/{placeId}/visits/{visitId}/applications", ApplicationTestKit.Body(organ.Id, description: "另一项申请内容"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
