using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>Creates the administrator roles and accounts on first start. Under Level3 there are
/// three accounts (三权分立); under Trial one <c>admin</c> holds everything. Passwords come from
/// configuration, or are generated and printed once.</summary>
public sealed class IdentitySeeder(IOptions<GongkaiOptions> options, ILogger<IdentitySeeder> log, TimeProvider clock) : IStartupSeeder
{
    public int Order => 100;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in AdminRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        var o = options.Value;
        if (o.Security.IsLevel3)
        {
            await EnsureAsync(services, "admin", "系统管理员", o.AdminPassword, nameof(o.AdminPassword), [AdminRoles.System]);
            await EnsureAsync(services, "secadmin", "安全管理员", o.SecAdminPassword, nameof(o.SecAdminPassword), [AdminRoles.Security]);
            await EnsureAsync(services, "auditadmin", "审计管理员", o.AuditAdminPassword, nameof(o.AuditAdminPassword), [AdminRoles.Audit]);
        }
        else
        {
            await EnsureAsync(services, "admin", "管理员（试用）", o.AdminPassword, nameof(o.AdminPassword), AdminRoles.All);
        }
    }

    private async Task EnsureAsync(IServiceProvider services, string userName, string displayName, string? configured, string setting, string[] adminRoles)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            var password = string.IsNullOrWhiteSpace(configured) ? TemporaryPassword.Generate() : configured;
            user = new StaffUser
            {
                UserName = userName,
                DisplayName = displayName,
                CreatedAt = clock.GetUtcNow(),
                PasswordChangedAt = clock.GetUtcNow(),
                // A password someone else knows (printed, or in a config file) must be replaced at first sign-in.
                MustChangePassword = options.Value.Security.IsLevel3,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new StartupConfigurationException($"无法创建管理员账户 {userName}：{string.Join("；", created.Errors.Select(e => e.Description))} 请检查配置项 Gongkai:{setting}。");
            }

            if (string.IsNullOrWhiteSpace(configured))
            {
                // Printed once, on the console only: it is never logged to a file or stored in plain text.
                Console.WriteLine($"[Gongkai] 已创建管理员账户 {userName}（{displayName}），初始密码：{password}  —— 请首次登录后立即修改。");
            }

            log.LogInformation("Created administrator account {UserName}", userName);
        }

        var current = await users.GetRolesAsync(user);
        foreach (var role in adminRoles.Except(current))
        {
            await users.AddToRoleAsync(user, role);
        }
    }
}
