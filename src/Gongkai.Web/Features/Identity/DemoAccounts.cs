using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>The demo's staff accounts, one per duty, so that a visitor sees each role's view: an
/// editor and a reviewer of the demo organ and of the district office's own platform (the editor is
/// also the office's 机关管理员, who may import its normative documents), the demo
/// organ's case handler, a case handler of a second organ (whose cases the first must not see),
/// and a district supervisor. Other features' demo seeders act as these accounts
/// (<see cref="ActAs"/>), so their records go through the same services and rules as real work.</summary>
public static class DemoAccounts
{
    public const string Editor = DemoData.AccountPrefix + "editor";
    public const string Reviewer = DemoData.AccountPrefix + "reviewer";
    public const string CaseHandler = DemoData.AccountPrefix + "handler";
    public const string OtherCaseHandler = DemoData.AccountPrefix + "handler2";
    public const string Supervisor = DemoData.AccountPrefix + "supervisor";

    public sealed record Account(string UserName, string DisplayName, (string Organ, BusinessRole Role)[] Memberships);

    public static IReadOnlyList<Account> All { get; } =
    [
        new(Editor, "示例编辑（信息编辑）", [(DemoData.CaseOrgan, BusinessRole.Editor), (DemoData.DistrictOffice, BusinessRole.Editor), (DemoData.DistrictOffice, BusinessRole.OrganizationAdmin)]),
        new(Reviewer, "示例审核（信息审核）", [(DemoData.CaseOrgan, BusinessRole.Reviewer), (DemoData.DistrictOffice, BusinessRole.Reviewer)]),
        new(CaseHandler, "示例经办（依申请公开经办）", [(DemoData.CaseOrgan, BusinessRole.CaseHandler)]),
        new(OtherCaseHandler, "示例经办二（依申请公开经办）", [(DemoData.OtherCaseOrgan, BusinessRole.CaseHandler)]),
        new(Supervisor, "示例督查（区政府办公室）", [(DemoData.DistrictOffice, BusinessRole.Supervisor)]),
    ];

    /// <summary>A new scope in which <paramref name="principal"/> is the signed-in user: the scope's
    /// <see cref="StaffAccess"/>, audit trail and services see that account. Disposing it returns to
    /// no user. Not async on purpose: the signed-in user lives in an async-local, which an async
    /// method could not hand back to its caller.</summary>
    public static Actor ActAs(IServiceProvider services, System.Security.Claims.ClaimsPrincipal principal)
    {
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        var scope = services.CreateAsyncScope();
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        return new Actor(accessor, scope);
    }

    public sealed class Actor(IHttpContextAccessor accessor, AsyncServiceScope scope) : IAsyncDisposable
    {
        public IServiceProvider Services => scope.ServiceProvider;

        public ValueTask DisposeAsync()
        {
            accessor.HttpContext = null;
            return scope.DisposeAsync();
        }
    }

    /// <summary>The principal the sign-in cookie of the account would carry.</summary>
    public static async Task<System.Security.Claims.ClaimsPrincipal?> PrincipalAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName);
        return user is null ? null : await services.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(user);
    }
}

/// <summary>Creates the demo accounts with <c>--demo</c> under the Trial profile (no second factor),
/// printing each password once on the console as <see cref="IdentitySeeder"/> does for the
/// administrator; <c>Gongkai:DemoPassword</c> sets one password for all. Runs before the other demo
/// seeders, which act as these accounts. Existing accounts are left as they are.</summary>
public sealed class DemoAccountSeeder(IConfiguration configuration, IOptions<GongkaiOptions> options, TimeProvider clock, ILogger<DemoAccountSeeder> log) : IStartupSeeder
{
    public int Order => 85;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!DemoData.IsOn(configuration) || options.Value.Security.IsLevel3)
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var db = services.GetRequiredService<GongkaiDbContext>();
        var configured = configuration[DemoData.PasswordSetting];
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var organs = new List<(int Id, BusinessRole Role)>();
            foreach (var (shortName, role) in account.Memberships)
            {
                var organ = await services.GetRequiredService<OrganizationDirectory>().FindActiveAsync(shortName, ct);
                if (organ is not null)
                {
                    organs.Add((organ.Id, role));
                }
            }

            if (organs.Count == 0)
            {
                log.LogWarning("示例数据：未找到账户 {UserName} 的机关，跳过", account.UserName);
                continue;
            }

            var password = string.IsNullOrWhiteSpace(configured) ? TemporaryPassword.Generate() : configured;
            var user = new StaffUser
            {
                UserName = account.UserName,
                DisplayName = DemoData.Marker + account.DisplayName,
                CreatedAt = clock.GetUtcNow(),
                PasswordChangedAt = clock.GetUtcNow(),
            };
            user.Memberships.AddRange(organs.Select(o => new StaffMembership { OrganizationId = o.Id, Role = o.Role }));
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new StartupConfigurationException($"无法创建示例账户 {account.UserName}：{string.Join("；", created.Errors.Select(e => e.Description))} 请检查配置项 {DemoData.PasswordSetting}。");
            }

            if (string.IsNullOrWhiteSpace(configured))
            {
                // Printed once, on the console only, like the Trial administrator's password.
                Console.WriteLine($"[Gongkai] 已创建示例账户 {account.UserName}（{account.DisplayName}），密码：{password}");
            }
        }
    }
}

/// <summary>Removes the demo accounts (user name <c>demo-…</c> and display name marked 【示例】);
/// their memberships, tokens and password history go with them.</summary>
public sealed class DemoAccountsOwner : IDemoDataOwner
{
    public string Kind => "示例账户";

    public int RemovalOrder => 0;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<StaffUser>()
            .Where(u => u.UserName!.StartsWith(DemoData.AccountPrefix) && u.DisplayName.StartsWith(DemoData.Marker))
            .ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
