using System.Globalization;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>Who may see and do what with a case. Every staff read of a case goes through
/// <see cref="FindForStaffAsync"/>: the handling organ's case handlers act, the district
/// supervisors read, nobody else learns that the case exists. Every view of the applicant's
/// personal data is written to the audit log. The applicant reaches the case only with its
/// tracking code and query password (<see cref="FindByCode"/>).</summary>
public sealed class ApplicationAccess(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, PersonalDataProtector protector)
{
    /// <summary>The signed-in staff member's name, for who registered or recorded something.</summary>
    public string? UserName => staff.User.Identity?.Name;

    /// <summary>The case if the signed-in person may handle or supervise it; null otherwise (the
    /// caller answers 404 either way, so another organ's staff learn nothing about the case).</summary>
    public async Task<DisclosureApplication?> FindForStaffAsync(int id, CancellationToken ct)
    {
        var application = await db.Set<DisclosureApplication>().Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null || !await MayHandleAsync(application.OrganizationId, ct))
        {
            if (application is not null)
            {
                await audit.WriteAsync("application.denied", success: false, targetType: "application",
                    targetId: id.ToString(CultureInfo.InvariantCulture), ct: ct);
            }

            return null;
        }

        return application;
    }

    /// <summary>May see the organ's cases: its case handlers and the district supervisors.</summary>
    public async Task<bool> MayHandleAsync(int organizationId, CancellationToken ct) =>
        await staff.HasRoleAsync(organizationId, BusinessRole.CaseHandler, ct) || await staff.IsSupervisorAsync(ct);

    /// <summary>May register, record events, write letters: the organ's case handlers only.</summary>
    public async Task<bool> MayActAsync(int organizationId, CancellationToken ct) =>
        await staff.HasRoleAsync(organizationId, BusinessRole.CaseHandler, ct);

    /// <summary>The organs whose queues the person sees; null means every organ (a supervisor).</summary>
    public async Task<IReadOnlySet<int>?> HandledOrganizationsAsync(CancellationToken ct)
    {
        if (await staff.IsSupervisorAsync(ct))
        {
            return null;
        }

        return (await staff.MembershipsAsync(ct)).Where(m => m.Role == BusinessRole.CaseHandler).Select(m => m.OrganizationId).ToHashSet();
    }

    /// <summary>The applicant's personal data, decrypted, with the view written to the audit log.</summary>
    public async Task<ApplicantDetails> RevealAsync(DisclosureApplication a, string purpose, CancellationToken ct)
    {
        audit.Record("application.pi.viewed", targetType: "application", targetId: a.Id.ToString(CultureInfo.InvariantCulture),
            detail: purpose, organizationId: a.OrganizationId);
        await db.SaveChangesAsync(ct);
        return new ApplicantDetails(protector.Decrypt(a.IdNumberCipher), protector.Decrypt(a.PhoneCipher), protector.Decrypt(a.EmailCipher), protector.Decrypt(a.AddressCipher));
    }

    /// <summary>The case of the applicant who holds its tracking code and query password; null for
    /// any other pair, without saying which half was wrong.</summary>
    public DisclosureApplication? FindByCode(string? code, string? password)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(password))
        {
            return null;
        }

        var normalized = code.Trim().ToUpperInvariant();
        var application = db.Set<DisclosureApplication>().Include(a => a.Events).FirstOrDefault(a => a.TrackingCode == normalized);
        return application is not null && QueryPassword.Verify(password, application.QueryPasswordHash) ? application : null;
    }
}
