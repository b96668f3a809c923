using System.Net;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Identity;

/// <summary>三权分立: each administrator works only through its own screens.</summary>
public sealed class DutySeparationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Theory]
    [InlineData(AdminRoles.System, "/admin/staff", HttpStatusCode.OK)]
    [InlineData(AdminRoles.System, "/admin/roles", HttpStatusCode.Forbidden)]
    [InlineData(AdminRoles.System, "/admin/tokens", HttpStatusCode.Forbidden)]
    [InlineData(AdminRoles.Security, "/admin/roles", HttpStatusCode.OK)]
    [InlineData(AdminRoles.Security, "/admin/tokens", HttpStatusCode.OK)]
    [InlineData(AdminRoles.Security, "/admin/staff", HttpStatusCode.Forbidden)]
    [InlineData(AdminRoles.Audit, "/admin/staff", HttpStatusCode.Forbidden)]
    [InlineData(AdminRoles.Audit, "/admin/roles", HttpStatusCode.Forbidden)]
    [InlineData(AdminRoles.Audit, "/admin/tokens", HttpStatusCode.Forbidden)]
    public async Task Each_administrator_reaches_only_its_own_pages(string role, string page, HttpStatusCode expected)
    {
        var client = await factory.AdminClientAsync(role);
        Assert.Equal(expected, (await client.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task A_business_user_reaches_no_administrator_page_and_the_denial_is_audited()
    {
        var client = await factory.StaffClientAsync("plain-clerk");
        var response = await client.GetAsync("/admin/staff");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync());
        await factory.WithDbAsync(async db =>
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.UserName == "plain-clerk" && e.EventType == "access.denied" && e.TargetId == "/admin/staff")));
    }

    [Fact]
    public async Task Security_admin_cannot_give_one_account_two_administrator_duties()
    {
        var sysadmin = await factory.CreateStaffAsync("dual-sys", adminRole: AdminRoles.System);
        var secadmin = await factory.SecurityAdminClientAsync();
        var response = await secadmin.PostFormAsync("/admin/roles", new() { ["UserId"] = sysadmin.Id.ToString(), ["AdminRole"] = AdminRoles.Audit }, "/admin/roles?handler=GrantAdmin");
        Assert.Contains("三权分立", await response.Content.ReadAsStringAsync());

        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.Equal([AdminRoles.System], await users.GetRolesAsync((await users.FindByIdAsync(sysadmin.Id.ToString()))!));
    }

    [Fact]
    public async Task An_administrator_cannot_also_hold_a_business_role()
    {
        var auditor = await factory.CreateStaffAsync("dual-audit", adminRole: AdminRoles.Audit);
        var organizationId = await EnsureOrganizationAsync();
        var secadmin = await factory.SecurityAdminClientAsync();
        var response = await secadmin.PostFormAsync("/admin/roles", new()
        {
            ["UserId"] = auditor.Id.ToString(),
            ["OrganizationId"] = organizationId.ToString(),
            ["Role"] = nameof(BusinessRole.Editor),
        }, "/admin/roles?handler=GrantBusiness");
        Assert.Contains("不能同时担任业务角色", await response.Content.ReadAsStringAsync());
        await factory.WithDbAsync(async db => Assert.False(await db.Set<StaffMembership>().AnyAsync(m => m.UserId == auditor.Id)));
    }

    [Fact]
    public async Task Security_admin_grants_a_business_role_and_it_is_audited()
    {
        var clerk = await factory.CreateStaffAsync("to-grant");
        var organizationId = await EnsureOrganizationAsync();
        var secadmin = await factory.SecurityAdminClientAsync();
        var response = await secadmin.PostFormAsync("/admin/roles", new()
        {
            ["UserId"] = clerk.Id.ToString(),
            ["OrganizationId"] = organizationId.ToString(),
            ["Role"] = nameof(BusinessRole.Reviewer),
        }, "/admin/roles?handler=GrantBusiness");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            Assert.True(await db.Set<StaffMembership>().AnyAsync(m => m.UserId == clerk.Id && m.Role == BusinessRole.Reviewer));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "permission.granted" && e.TargetId == clerk.Id.ToString()));
        });
    }

    private async Task<int> EnsureOrganizationAsync()
    {
        var id = 0;
        await factory.WithDbAsync(async db =>
        {
            var existing = await db.Set<Gongkai.Web.Features.Organizations.Organization>().OrderBy(o => o.Id).FirstOrDefaultAsync();
            if (existing is null)
            {
                existing = new Gongkai.Web.Features.Organizations.Organization { Name = "测试机关", ShortName = "测试" };
                db.Add(existing);
                await db.SaveChangesAsync();
            }

            id = existing.Id;
        });
        return id;
    }
}
