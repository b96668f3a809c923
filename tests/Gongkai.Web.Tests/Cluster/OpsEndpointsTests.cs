using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;

namespace Gongkai.Web.Tests.Cluster;

/// <summary>The two operator endpoints bench/cluster-faults.sh relies on: a node's search index
/// listing (system administrators) and the audit chain check (audit administrators). Each refuses
/// anyone else through the shared policies.</summary>
public sealed class OpsEndpointsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task A_system_administrator_lists_the_nodes_index_by_kind_and_id_and_no_one_else_may()
    {
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.ItemAsync(orgId, $"关于{SearchTestKit.Marker()}的通知");
        await factory.IndexedAsync();

        var admin = factory.ApiClient(await AdminTokenAsync(AdminRoles.System));
        var listing = await (await admin.GetAsync("/api/v1/search/index")).Content.ReadFromJsonAsync<JsonElement>();
        var keys = listing.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();
        Assert.Contains($"{PublicationSearchSource.SourceKind}:{id}", keys);
        Assert.Equal(keys.Count, listing.GetProperty("count").GetInt32());
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(factory.IndexStore().Count(), keys.Count);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/search/index")).StatusCode);
        var auditor = factory.ApiClient(await AdminTokenAsync(AdminRoles.Audit));
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/v1/search/index")).StatusCode);
        var editor = await factory.ApiStaffAsync((orgId, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/v1/search/index")).StatusCode);
    }

    [Fact]
    public async Task An_audit_administrator_verifies_the_chain_through_the_API_and_the_run_is_audited()
    {
        var auditor = factory.ApiClient(await AdminTokenAsync(AdminRoles.Audit));
        var first = await (await auditor.PostAsync("/api/v1/audit/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(first.GetProperty("ok").GetBoolean(), first.GetRawText());

        // The first run recorded itself, so the second sees one more entry, and still a whole chain.
        var second = await (await auditor.PostAsync("/api/v1/audit/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(second.GetProperty("ok").GetBoolean(), second.GetRawText());
        Assert.True(second.GetProperty("count").GetInt64() > first.GetProperty("count").GetInt64());
        Assert.Contains("校验通过", second.GetProperty("message").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync("/api/v1/audit/verify", null)).StatusCode);
        var system = factory.ApiClient(await AdminTokenAsync(AdminRoles.System));
        Assert.Equal(HttpStatusCode.Forbidden, (await system.PostAsync("/api/v1/audit/verify", null)).StatusCode);
    }

    private async Task<string> AdminTokenAsync(string role)
    {
        var userName = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..6];
        await factory.CreateStaffAsync(userName, adminRole: role);
        return await factory.ApiTokenAsync(userName);
    }
}
