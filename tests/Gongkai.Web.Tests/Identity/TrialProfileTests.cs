using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Identity;

public sealed class TrialProfileTests
{
    [Fact]
    public async Task Trial_admin_holds_every_duty_needs_no_second_factor_and_sees_the_warning_banner()
    {
        using var factory = new GongkaiFactory().With("Gongkai:Security:Profile", "Trial");
        var client = await factory.SignInAsync("admin", GongkaiFactory.AdminPassword);
        foreach (var page in new[] { "/admin/staff", "/admin/roles", "/admin/tokens" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("不得用于生产环境", await response.Content.ReadAsStringAsync());
        }

        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.Null(await users.FindByNameAsync("secadmin"));
    }

    [Fact]
    public async Task Level3_creates_three_separate_administrators()
    {
        using var factory = new GongkaiFactory();
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.Equal([AdminRoles.System], await users.GetRolesAsync((await users.FindByNameAsync("admin"))!));
        Assert.Equal([AdminRoles.Security], await users.GetRolesAsync((await users.FindByNameAsync("secadmin"))!));
        Assert.Equal([AdminRoles.Audit], await users.GetRolesAsync((await users.FindByNameAsync("auditadmin"))!));
    }
}
