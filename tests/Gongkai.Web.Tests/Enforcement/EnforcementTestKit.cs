using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.Enforcement;

/// <summary>An organ with an editor and a reviewer (API clients), and decisions in the shapes organs enter.</summary>
public static class EnforcementTestKit
{
    public sealed record Organ(int Id, HttpClient Editor, HttpClient Reviewer);

    public const string ValidIdNumber = "11010519491231002X";

    public static async Task<Organ> EnforcementOrganAsync(this GongkaiFactory factory)
    {
        var id = await factory.PortalOrganAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.CreateStaffAsync("zf-ed-" + suffix, [(id, BusinessRole.Editor)]);
        await factory.CreateStaffAsync("zf-rv-" + suffix, [(id, BusinessRole.Reviewer)]);
        return new Organ(id, factory.ApiClient(await factory.ApiTokenAsync("zf-ed-" + suffix)),
            factory.ApiClient(await factory.ApiTokenAsync("zf-rv-" + suffix)));
    }

    /// <summary>A valid 统一社会信用代码 of a 市场监管-registered company, distinct per <paramref name="seed"/>.</summary>
    public static string CreditCodeFor(int seed)
    {
        var org8 = "MA" + (seed % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = "91500116" + org8 + CreditCode.ComputeOrganizationCodeCheck(org8);
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }

    public static string DocumentNumber(string kind = "罚") => $"津执{kind}〔{Random.Shared.Next(2020, 2026)}〕{Guid.NewGuid().ToString("N")[..8]}号";

    public static object Company(int orgId, string category, string decidedOn, string? matter = null) => new
    {
        organization = orgId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        category,
        documentNumber = DocumentNumber(),
        party = new { kind = "legalPerson", name = "重庆市江津区某某食品有限公司", creditCode = CreditCodeFor(Random.Shared.Next(1_000_000)) },
        matter = matter ?? "销售超过保质期的食品",
        facts = "经查，当事人于2020年9月在其经营场所销售超过保质期的食品。",
        basis = "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
        result = "没收违法所得，罚款5000元",
        fineAmount = 5000m,
        decidedOn,
    };

    public static async Task<JsonElement> CreateAsync(this Organ organ, object decision)
    {
        var response = await organ.Editor.PostAsJsonAsync("/api/v1/enforcement-decisions", decision);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body.ToString());
        return body;
    }

    public static async Task<JsonElement> PublishAsync(this Organ organ, int id, string? on = null)
    {
        var response = await organ.Reviewer.PostAsJsonAsync($"/api/v1/enforcement-decisions/{id}/publish", new { on });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }
}
