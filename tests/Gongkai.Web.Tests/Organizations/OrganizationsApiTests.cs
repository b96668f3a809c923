using System.Net;
using System.Text.Json;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Organizations;

public sealed class OrganizationsApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task AssertChineseProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task List_gives_id_name_shortName_camelCase_kind_and_formerNames_in_seed_order()
    {
        var list = await GetJsonAsync("/api/v1/organizations");
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        var first = list[0];
        Assert.True(first.GetProperty("id").GetInt32() > 0);
        Assert.Equal("重庆市江津区人民政府", first.GetProperty("name").GetString());
        Assert.Equal("区政府", first.GetProperty("shortName").GetString());
        Assert.Equal("government", first.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Array, first.GetProperty("formerNames").ValueKind);
        var kinds = list.EnumerateArray().Select(o => o.GetProperty("kind").GetString()).Distinct().Order().ToList();
        Assert.Equal(["department", "government", "party", "subdistrict", "town", "vertical"], kinds);
    }

    [Fact]
    public async Task Kind_filter_returns_only_that_kind()
    {
        var towns = await GetJsonAsync("/api/v1/organizations?kind=town");
        Assert.Equal(25, towns.GetArrayLength());
        Assert.All(towns.EnumerateArray(), t => Assert.Equal("town", t.GetProperty("kind").GetString()));
        Assert.Equal(5, (await GetJsonAsync("/api/v1/organizations?kind=subdistrict")).GetArrayLength());
    }

    [Theory]
    [InlineData("ministry")]
    [InlineData("3")]
    public async Task Unknown_kind_is_a_400_problem_in_Chinese_listing_the_kinds(string kind)
    {
        var response = await factory.CreateClient().GetAsync($"/api/v1/organizations?kind={kind}");
        await AssertChineseProblemAsync(response, HttpStatusCode.BadRequest, "机关类别");
    }

    [Fact]
    public async Task A_bad_includeInactive_value_is_a_400_problem_in_Chinese()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/organizations?includeInactive=yes");
        await AssertChineseProblemAsync(response, HttpStatusCode.BadRequest, "应为 true 或 false");
    }

    [Fact]
    public async Task Inactive_organs_are_listed_only_when_asked()
    {
        var id = await factory.OrganizationIdAsync("区供销合作社");
        await factory.WithDbAsync(async db =>
        {
            await db.Set<Organization>().Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsActive, false));
        });

        try
        {
            var active = await GetJsonAsync("/api/v1/organizations");
            Assert.DoesNotContain(active.EnumerateArray(), o => o.GetProperty("id").GetInt32() == id);
            var all = await GetJsonAsync("/api/v1/organizations?includeInactive=true");
            var inactive = Assert.Single(all.EnumerateArray(), o => o.GetProperty("id").GetInt32() == id);
            Assert.False(inactive.GetProperty("isActive").GetBoolean());
        }
        finally
        {
            await factory.WithDbAsync(db => db.Set<Organization>().Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsActive, true)));
        }
    }

    [Fact]
    public async Task Details_give_public_fields_with_disclosure_office_and_leader_filing_but_not_the_credit_code()
    {
        var id = await factory.OrganizationIdAsync("区司法局");
        await factory.WithDbAsync(async db =>
        {
            var o = await db.Set<Organization>().SingleAsync(x => x.Id == id);
            o.OfficeName = "区司法局办公室";
            o.OfficePhone = "023-47521234";
            o.OfficeEmail = "xxgk@example.gov.cn";
            o.LeaderName = "张三";
            o.LeaderPost = "副局长";
            o.LeaderFiledOn = new DateOnly(2026, 3, 1);
            o.CreditCode = "11500116MB1534981K";
            await db.SaveChangesAsync();
        });

        var details = await GetJsonAsync($"/api/v1/organizations/{id}");
        Assert.Equal("重庆市江津区司法局", details.GetProperty("name").GetString());
        Assert.Equal("department", details.GetProperty("kind").GetString());
        Assert.Equal("区政府部门", details.GetProperty("kindName").GetString());
        Assert.Equal("区司法局办公室", details.GetProperty("disclosureOffice").GetProperty("name").GetString());
        Assert.Equal("023-47521234", details.GetProperty("disclosureOffice").GetProperty("phone").GetString());
        Assert.Equal("张三", details.GetProperty("leader").GetProperty("name").GetString());
        Assert.Equal("2026-03-01", details.GetProperty("leader").GetProperty("filedOn").GetString());
        Assert.False(details.TryGetProperty("creditCode", out _));
        Assert.DoesNotContain("11500116MB1534981K", details.GetRawText());
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("abc")]
    public async Task Unknown_id_is_a_404_problem_in_Chinese(string id)
    {
        var response = await factory.CreateClient().GetAsync($"/api/v1/organizations/{id}");
        await AssertChineseProblemAsync(response, HttpStatusCode.NotFound, $"没有编号为 {id} 的机关");
    }

    [Theory]
    [InlineData("区财政局")]
    [InlineData("重庆市江津区财政局")]
    [InlineData("江津区财政局")]
    public async Task Resolve_finds_an_organ_by_full_or_short_name(string q)
    {
        var found = await GetJsonAsync("/api/v1/organizations/resolve?q=" + Uri.EscapeDataString(q));
        Assert.Equal(await factory.OrganizationIdAsync("区财政局"), found.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Resolve_of_an_unknown_name_is_a_404_problem_naming_it_and_of_nothing_a_400()
    {
        var client = factory.CreateClient();
        await AssertChineseProblemAsync(await client.GetAsync("/api/v1/organizations/resolve?q=" + Uri.EscapeDataString("区魔法局")),
            HttpStatusCode.NotFound, "没有名为“区魔法局”的机关");
        await AssertChineseProblemAsync(await client.GetAsync("/api/v1/organizations/resolve"), HttpStatusCode.BadRequest, "请填写机关");
    }

    [Fact]
    public async Task Resolve_of_an_ambiguous_name_is_a_400_problem_listing_the_candidates()
    {
        // Two organs sharing a short name cannot be made through the admin pages; an import or old data could.
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Organization { Name = "重庆市江津区测试甲中心", ShortName = "区测试中心", Kind = OrganizationKind.Department });
            db.Add(new Organization { Name = "重庆市江津区测试乙中心", ShortName = "区测试中心", Kind = OrganizationKind.Department });
            await db.SaveChangesAsync();
        });

        var response = await factory.CreateClient().GetAsync("/api/v1/organizations/resolve?q=" + Uri.EscapeDataString("区测试中心"));
        await AssertChineseProblemAsync(response, HttpStatusCode.BadRequest, "对应多个机关");
        var detail = await response.Content.ReadAsStringAsync();
        Assert.Contains("重庆市江津区测试甲中心", detail);
        Assert.Contains("重庆市江津区测试乙中心", detail);
    }
}
