using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Publications;

/// <summary>Small helpers shared by the publication tests: a fresh organ, an API client with roles,
/// and reading a JSON answer.</summary>
public static class PublicationApiKit
{
    private static string Unique(string prefix) => PublicationTestKit.Unique(prefix);

    public static async Task<Organization> NewOrganAsync(this GongkaiFactory factory, OrganizationKind kind = OrganizationKind.Department, string? creditCode = null)
    {
        var organ = new Organization { Name = Unique("测试机关"), ShortName = Unique("测"), Kind = kind, CreditCode = creditCode };
        await factory.WithDbAsync(async db =>
        {
            db.Add(organ);
            await db.SaveChangesAsync();
        });
        return organ;
    }

    /// <summary>A new staff account with the roles, and an API client carrying its bearer token.</summary>
    public static async Task<HttpClient> ApiStaffAsync(this GongkaiFactory factory, params (int OrganizationId, BusinessRole Role)[] roles)
    {
        var userName = Unique("api-");
        await factory.CreateStaffAsync(userName, roles);
        return factory.ApiClient(await factory.ApiTokenAsync(userName));
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());
}
