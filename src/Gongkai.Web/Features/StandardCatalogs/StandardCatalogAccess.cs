using Gongkai.Web.Features.Identity;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>Who may change a catalogue, through the shared <see cref="StaffAccess"/>: an organ's
/// editors keep its catalogue and choose its areas; the district office's supervisors keep the
/// templates (the catalogue with no organ) and the names of the areas.</summary>
public sealed class StandardCatalogAccess(StaffAccess staff)
{
    public async Task<bool> CanEditAsync(int? organizationId, CancellationToken ct = default) => organizationId is { } id
        ? await staff.HasRoleAsync(id, BusinessRole.Editor, ct)
        : staff.IsSystemAdmin || await staff.IsSupervisorAsync(ct);

    public Task<bool> CanViewAsync(int organizationId, CancellationToken ct = default) => staff.CanReadAsync(organizationId, ct);

    public Task<IReadOnlyList<StaffMembership>> MembershipsAsync(CancellationToken ct = default) => staff.MembershipsAsync(ct);

    public bool IsSystemAdmin => staff.IsSystemAdmin;
}
