using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>Who may do what with annual reports. Members of an organ (and the district office's
/// supervisors) read its report; its editors and administrator write the narrative and adjustments;
/// its editors submit it for publication (the review itself is the publications workflow's). Only
/// supervisors and system administrators see every organ's status and the district-wide total.</summary>
public sealed class AnnualReportAccess(StaffAccess staff, AuditTrail audit)
{
    public string UserName => staff.User.Identity?.Name ?? "未知用户";

    public Task<bool> CanReadAsync(int organizationId, CancellationToken ct = default) => staff.CanReadAsync(organizationId, ct);

    public async Task<bool> CanEditAsync(int organizationId, CancellationToken ct = default) =>
        await staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct) || await staff.HasRoleAsync(organizationId, BusinessRole.OrganizationAdmin, ct);

    public Task<bool> CanSubmitAsync(int organizationId, CancellationToken ct = default) => staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    public async Task<bool> CanOverseeAsync(CancellationToken ct = default) => staff.IsSystemAdmin || await staff.IsSupervisorAsync(ct);

    /// <summary>Organs whose reports the person may read; null means all.</summary>
    public Task<IReadOnlySet<int>?> ReadableAsync(CancellationToken ct = default) => staff.ReadableOrganizationsAsync(ct);

    public Task RecordDenialAsync(int? organizationId, string action, CancellationToken ct = default) =>
        audit.WriteAsync("annualReport.denied", success: false, targetType: AnnualReportService.TargetType,
            targetId: organizationId?.ToString(System.Globalization.CultureInfo.InvariantCulture), detail: action, ct: ct);
}
