using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Letters;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Applications;

/// <summary>Fee amounts on the fee notice, letter numbers and double submissions guarded by the
/// database (so they hold with several application nodes, not only within one process).</summary>
public sealed class ApplicationIntegrityTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Fee_notice_stores_its_amount_in_yuan_and_the_case_shows_it()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(api, organ.Id);

        await ExpectAsync(HttpStatusCode.UnprocessableEntity, api.EventAsync(id, new { type = "feeNoticeSent", on = "2026-11-10", amount = -1 }), "不小于0");
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, api.EventAsync(id, new { type = "feeNoticeSent", on = "2026-11-10", amount = 10.005 }), "最多两位小数");
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, api.EventAsync(id, new { type = "extensionApproved", on = "2026-11-10", workingDays = 5, approver = "王主任", amount = 100 }), "只能随");
        await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "feeNoticeSent", on = "2026-11-10", amount = 150.5 }));

        var json = await ExpectAsync(HttpStatusCode.OK, api.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal(150.5m, json.GetProperty("clock").GetProperty("feeAmount").GetDecimal());
        var fee = json.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "feeNoticeSent");
        Assert.Equal(150.5m, fee.GetProperty("amount").GetDecimal());

        var staff = await factory.StaffClientAsync(PublicationTestKit.Unique("fee-"), (organ.Id, BusinessRole.CaseHandler));
        Assert.Contains("收费金额：150.50元", await staff.GetStringAsync($"/admin/applications/{id}"));
    }

    [Fact]
    public async Task Fee_notice_by_pages_is_charged_by_volume_with_the_fee_calculator()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(api, organ.Id);

        // 国办函〔2020〕109号 by volume: pages 1–30 free, 31–100 at 10 元 → 45 pages cost 150 元.
        await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "feeNoticeSent", on = "2026-11-10", pages = 45 }));

        var json = await ExpectAsync(HttpStatusCode.OK, api.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal(150m, json.GetProperty("clock").GetProperty("feeAmount").GetDecimal());
    }

    [Fact]
    public async Task Concurrent_identical_submissions_create_one_application()
    {
        var organ = await factory.NewOrganAsync();
        var description = "请公开" + Guid.NewGuid().ToString("N");
        var body = Body(organ.Id, description: description);
        body["formToken"] = Guid.NewGuid().ToString("N");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => factory.CreateClient().PostAsJsonAsync("/api/v1/applications", body)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var codes = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("trackingCode").GetString()));
        Assert.Single(codes.Distinct());
        await factory.WithDbAsync(async db => Assert.Equal(1, await db.Set<DisclosureApplication>().CountAsync(a => a.Description == description)));
    }

    [Fact]
    public async Task Letter_numbers_are_unique_per_organ_and_year_even_when_issued_at_the_same_moment()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var ids = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var id = await RegisterAsync(api, organ.Id);
            await ExpectAsync(HttpStatusCode.OK, api.EventAsync(id, new { type = "extensionApproved", on = "2026-11-20", workingDays = 10, approver = "王主任" }));
            ids.Add(id);
        }

        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("no-"), (organ.Id, BusinessRole.CaseHandler));
        await Task.WhenAll(ids.Select(id => handler.PostFormAsync($"/admin/applications/{id}", new() { ["Letter.Kind"] = "extension" }, $"/admin/applications/{id}?handler=Letter")));

        await factory.WithDbAsync(async db =>
        {
            var letters = await db.Set<ApplicationLetter>().Where(l => l.OrganizationId == organ.Id).ToListAsync();
            Assert.Equal(4, letters.Count);
            Assert.Equal([1, 2, 3, 4], letters.Select(l => l.Serial).Order().ToList());
            Assert.Equal(4, letters.Select(l => l.DocumentNumber).Distinct().Count());
            Assert.All(letters, l => Assert.Equal($"{organ.ShortName}依申〔2026〕{l.Serial}号", l.DocumentNumber));

            // The database itself refuses a second letter with a number already used.
            var copy = letters[0];
            db.Add(new ApplicationLetter
            {
                ApplicationId = copy.ApplicationId,
                OrganizationId = copy.OrganizationId,
                Kind = copy.Kind,
                Title = copy.Title,
                DocumentNumber = copy.DocumentNumber,
                IssuedOn = copy.IssuedOn,
                Year = copy.Year,
                Serial = copy.Serial,
                Content = [1],
            });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
    }
}
