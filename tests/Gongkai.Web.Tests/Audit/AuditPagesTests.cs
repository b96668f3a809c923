using System.Net;
using System.Text;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Audit;

/// <summary>三权分立 on /admin/audit (SECURITY.md §1.2, S3): only the 审计管理员 reads, exports and
/// verifies the audit log or changes its retention.</summary>
public sealed class AuditPagesTests : IClassFixture<GongkaiFactory>
{
    private static readonly string[] Pages = ["/admin/audit", "/admin/audit/1", "/admin/audit/verify", "/admin/audit/retention"];

    private readonly GongkaiFactory factory;

    public AuditPagesTests(GongkaiFactory factory)
    {
        this.factory = factory;
        factory.AtRealTime();
    }

    [Fact]
    public void Every_audit_page_requires_the_audit_administrator_policy()
    {
        _ = factory.Server;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("admin/audit", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();

        Assert.True(endpoints.Count >= 4, $"expected the four audit pages, found {endpoints.Count}");
        Assert.All(endpoints, e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == Policies.AuditAdmin));
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_from_every_audit_page()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var page in Pages)
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task System_and_security_administrators_get_403_on_every_audit_page()
    {
        foreach (var client in new[] { await factory.SystemAdminClientAsync(), await factory.SecurityAdminClientAsync() })
        {
            foreach (var page in Pages)
            {
                Assert.Equal(HttpStatusCode.Forbidden, await StatusAfterDenialAsync(client, await client.GetAsync(page)));
            }

            var post = await client.PostAsync("/admin/audit/retention", new FormUrlEncodedContent(new Dictionary<string, string> { ["Days"] = "180" }));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAfterDenialAsync(client, post));
        }
    }

    [Fact]
    public async Task Audit_administrator_can_open_every_audit_page()
    {
        await factory.WriteRowsAsync(1, "pages.open");
        var client = await factory.AuditAdminClientAsync();
        foreach (var page in Pages)
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Export_through_the_page_contains_the_filtered_rows_and_is_itself_audited()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await factory.WriteRowsAsync(2, "pages.export", userName: $"erin{tag}");
        await factory.WriteRowsAsync(1, "pages.other", userName: $"erin{tag}");
        var client = await factory.AuditAdminClientAsync();

        var response = await client.PostFormAsync($"/admin/audit?UserName=erin{tag}&EventType=pages.export",
            new() { ["UserName"] = $"erin{tag}", ["EventType"] = "pages.export", ["format"] = "csv" }, action: "/admin/audit?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",pages.export,", l));
        await factory.WithDbAsync(async db =>
        {
            var exported = await db.Set<AuditEntry>().OrderByDescending(e => e.Sequence).FirstAsync(e => e.EventType == AuditEvents.Exported);
            Assert.Contains($"erin{tag}", exported.Detail);
            Assert.NotNull(exported.UserName);
            Assert.Contains(AdminRoles.Audit, exported.Role);
        });
    }

    [Fact]
    public async Task Verify_button_shows_the_result_and_the_verification_is_audited()
    {
        await factory.WriteRowsAsync(2, "pages.verify");
        var client = await factory.AuditAdminClientAsync();

        var response = await client.PostFormAsync("/admin/audit/verify", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("校验通过", await response.Content.ReadAsStringAsync());
        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == AuditEvents.Verified && e.Success)));
    }

    [Fact]
    public async Task Retention_page_refuses_fewer_than_180_days_in_Chinese()
    {
        var client = await factory.AuditAdminClientAsync();
        var response = await client.PostFormAsync("/admin/audit/retention", new() { ["Days"] = "90" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不得少于 180 天", await response.Content.ReadAsStringAsync());

        response = await client.PostFormAsync("/admin/audit/retention", new() { ["Days"] = "200" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("200", await client.GetStringAsync("/admin/audit/retention"));
    }

    /// <summary>Cookie authentication answers a denial with a redirect to the denied page, which
    /// itself answers 403; an API-style answer is a plain 403. Either counts as 403.</summary>
    private static async Task<HttpStatusCode> StatusAfterDenialAsync(HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/denied", StringComparison.Ordinal) == true)
        {
            return (await client.GetAsync(response.Headers.Location)).StatusCode;
        }

        return response.StatusCode;
    }
}
