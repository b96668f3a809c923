using System.Security.Claims;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>What the current staff member may do in which organisation. Every feature asks here
/// rather than inspecting claims itself, so the rules live in one place. Memberships are read from
/// the database once per request, so a revoked role takes effect at the next request.</summary>
public sealed class StaffAccess(GongkaiDbContext db, IHttpContextAccessor http, IOptions<GongkaiOptions> options)
{
    private List<StaffMembership>? memberships;
    private HashSet<int> readable = [];

    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid? UserId => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsSystemAdmin => User.IsInRole(AdminRoles.System);

    public bool IsSecurityAdmin => User.IsInRole(AdminRoles.Security);

    public bool IsAuditAdmin => User.IsInRole(AdminRoles.Audit);

    /// <summary>Under the Trial profile the single administrator holds every role.</summary>
    private bool HoldsEverything => options.Value.Security.Profile == SecurityProfile.Trial && IsSystemAdmin;

    public async Task<IReadOnlyList<StaffMembership>> MembershipsAsync(CancellationToken ct = default)
    {
        if (memberships is null)
        {
            var userId = UserId;
            // One query also brings the public enterprises each membership's organ supervises, so
            // the readable set (asked on nearly every staff page) costs no second round trip.
            var rows = userId is null
                ? []
                : await db.Set<StaffMembership>().AsNoTracking().Where(m => m.UserId == userId)
                    .Select(m => new { Membership = m, Supervised = db.Set<Organization>().Where(o => o.SupervisingOrganizationId == m.OrganizationId).Select(o => o.Id).ToList() })
                    .ToListAsync(ct);
            memberships = rows.Select(r => r.Membership).ToList();
            readable = rows.SelectMany(r => r.Supervised.Prepend(r.Membership.OrganizationId)).ToHashSet();
        }

        return memberships;
    }

    /// <summary>The district office's supervisors read every organisation's data.</summary>
    public async Task<bool> IsSupervisorAsync(CancellationToken ct = default) =>
        HoldsEverything || (await MembershipsAsync(ct)).Any(m => m.Role == BusinessRole.Supervisor);

    public async Task<bool> HasRoleAsync(int organizationId, BusinessRole role, CancellationToken ct = default) =>
        HoldsEverything || (await MembershipsAsync(ct)).Any(m => m.OrganizationId == organizationId && m.Role == role);

    /// <summary>May change the organisation's own settings (contacts, responsible leader).</summary>
    public async Task<bool> CanAdministerAsync(int organizationId, CancellationToken ct = default) =>
        IsSystemAdmin || await HasRoleAsync(organizationId, BusinessRole.OrganizationAdmin, ct);

    /// <summary>May read the organisation's staff-side data.</summary>
    public async Task<bool> CanReadAsync(int organizationId, CancellationToken ct = default) =>
        IsSystemAdmin || await IsSupervisorAsync(ct) || (await ReadableOrganizationsAsync(ct))!.Contains(organizationId);

    /// <summary>The organisations whose staff-side data the person may read; null means all. A
    /// department's staff also read the public enterprises it supervises (the sector rules make
    /// the supervising department answer for their disclosure).</summary>
    public async Task<IReadOnlySet<int>?> ReadableOrganizationsAsync(CancellationToken ct = default)
    {
        if (IsSystemAdmin || await IsSupervisorAsync(ct))
        {
            return null;
        }

        await MembershipsAsync(ct);
        return readable;
    }
}
