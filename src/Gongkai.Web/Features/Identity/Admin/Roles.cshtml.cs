using Gongkai.Domain.Identity;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity.Admin;

/// <summary>The security administrator grants and revokes roles; the duty-separation rule is
/// enforced here for every grant, not only hinted at in the form.</summary>
[Authorize(Policy = Policies.SecurityAdmin)]
public sealed class RolesModel(UserManager<StaffUser> users, GongkaiDbContext db, AuditTrail audit, IOptions<GongkaiOptions> options) : PageModel
{
    private Dictionary<Guid, List<string>> adminRoles = [];
    private Dictionary<int, string> organizationNames = [];

    public List<StaffUser> People { get; private set; } = [];

    public List<Organization> Organizations { get; private set; } = [];

    public List<StaffMembership> Memberships { get; private set; } = [];

    public string? Error { get; private set; }

    public IEnumerable<string> AdminRolesOf(Guid userId) => adminRoles.GetValueOrDefault(userId) ?? [];

    public IEnumerable<StaffMembership> MembershipsOf(Guid userId) => Memberships.Where(m => m.UserId == userId);

    public string OrganizationName(int id) => organizationNames.GetValueOrDefault(id) ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostGrantBusinessAsync(Guid userId, int organizationId, BusinessRole role)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var organization = await db.Set<Organization>().FindAsync(organizationId);
        if (user is null || organization is null || !Enum.IsDefined(role))
        {
            return await FailAsync("账户、单位或角色不存在。");
        }

        if (options.Value.Security.IsLevel3 && DutySeparation.CheckBusinessGrant([.. await users.GetRolesAsync(user)]) is { } refusal)
        {
            await audit.WriteAsync("permission.grantRefused", success: false, targetType: "StaffUser", targetId: user.Id.ToString(), detail: refusal);
            return await FailAsync(refusal);
        }

        if (await db.Set<StaffMembership>().AnyAsync(m => m.UserId == userId && m.OrganizationId == organizationId && m.Role == role))
        {
            return await FailAsync("该账户在此单位已有这个角色。");
        }

        db.Add(new StaffMembership { UserId = userId, OrganizationId = organizationId, Role = role });
        audit.Record("permission.granted", targetType: "StaffUser", targetId: user.Id.ToString(), organizationId: organizationId,
            after: new { organization = organization.Name, role = role.ToString() });
        await db.SaveChangesAsync();
        await users.UpdateSecurityStampAsync(user);
        TempData["Message"] = $"已为 {user.UserName} 分配 {organization.ShortName}·{BusinessRoles.DisplayName(role)}。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostGrantAdminAsync(Guid userId, string adminRole)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !AdminRoles.All.Contains(adminRole))
        {
            return await FailAsync("账户或职责不存在。");
        }

        var current = await users.GetRolesAsync(user);
        var hasBusiness = await db.Set<StaffMembership>().AnyAsync(m => m.UserId == userId);
        if (options.Value.Security.IsLevel3 && DutySeparation.CheckAdminGrant([.. current], hasBusiness, adminRole) is { } refusal)
        {
            await audit.WriteAsync("permission.grantRefused", success: false, targetType: "StaffUser", targetId: user.Id.ToString(), detail: refusal);
            return await FailAsync(refusal);
        }

        // The system administrator who created the account saw its initial password: until the owner has
        // replaced it and enrolled an authenticator, a duty granted here would be that administrator's too.
        if (options.Value.Security.IsLevel3 && (user.MustChangePassword || !user.TwoFactorEnabled))
        {
            const string notYetOwned = "该账户尚未由本人修改初始密码并绑定身份验证器，暂不能授予管理员职责（三权分立：防止发放初始密码的人冒用）。";
            await audit.WriteAsync("permission.grantRefused", success: false, targetType: "StaffUser", targetId: user.Id.ToString(), detail: notYetOwned);
            return await FailAsync(notYetOwned);
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.AddToRoleAsync(user, adminRole);
        if (!result.Succeeded)
        {
            return await FailAsync(string.Join("；", result.Errors.Select(e => e.Description)));
        }

        audit.Record("permission.granted", targetType: "StaffUser", targetId: user.Id.ToString(), after: new { adminRole });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        TempData["Message"] = $"已授予 {user.UserName} {AdminRoles.DisplayName(adminRole)}职责。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAdminAsync(Guid userId, string adminRole)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !AdminRoles.All.Contains(adminRole))
        {
            return NotFound();
        }

        if (user.Id.ToString() == users.GetUserId(User) && adminRole == AdminRoles.Security)
        {
            return await FailAsync("不能撤销自己的安全管理员职责。");
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        await users.RemoveFromRoleAsync(user, adminRole);
        audit.Record("permission.revoked", targetType: "StaffUser", targetId: user.Id.ToString(), before: new { adminRole });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        TempData["Message"] = $"已撤销 {user.UserName} 的{AdminRoles.DisplayName(adminRole)}职责。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeBusinessAsync(int membershipId)
    {
        var membership = await db.Set<StaffMembership>().FindAsync(membershipId);
        if (membership is null)
        {
            return NotFound();
        }

        db.Remove(membership);
        audit.Record("permission.revoked", targetType: "StaffUser", targetId: membership.UserId.ToString(), organizationId: membership.OrganizationId,
            before: new { membership.OrganizationId, role = membership.Role.ToString() });
        await db.SaveChangesAsync();
        if (await users.FindByIdAsync(membership.UserId.ToString()) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        TempData["Message"] = "已撤销该业务角色。";
        return RedirectToPage();
    }

    private async Task<IActionResult> FailAsync(string error)
    {
        Error = error;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        People = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync();
        Organizations = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync();
        organizationNames = await db.Set<Organization>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ShortName);
        Memberships = await db.Set<StaffMembership>().AsNoTracking().ToListAsync();
        var pairs = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        adminRoles = pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).ToList());
    }
}
