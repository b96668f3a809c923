using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Admin;

/// <summary>An organ's own publication settings: how many review stages its items pass. Set by
/// the organ's administrator (or the system administrator), since each organ staffs its reviews.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PublicationSettingsModel(GongkaiDbContext db, PublicationService publications, StaffAccess staff, AuditTrail audit) : PageModel
{
    [BindProperty]
    public int Stages { get; set; }

    public string OrganizationName { get; private set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int organizationId, CancellationToken ct)
    {
        if (await LoadAsync(organizationId, ct) is { } refusal)
        {
            return refusal;
        }

        Stages = await publications.StagesFor(organizationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int organizationId, CancellationToken ct)
    {
        if (await LoadAsync(organizationId, ct) is { } refusal)
        {
            return refusal;
        }

        if (Stages is < ReviewStages.Min or > ReviewStages.Max)
        {
            Error = $"审核环节数应为 {ReviewStages.Min} 至 {ReviewStages.Max}。";
            return Page();
        }

        var before = await publications.StagesFor(organizationId, ct);
        var row = await db.Set<PublicationSettings>().FirstOrDefaultAsync(s => s.OrganizationId == organizationId, ct);
        if (row is null)
        {
            db.Add(new PublicationSettings { OrganizationId = organizationId, ReviewStages = Stages });
        }
        else
        {
            row.ReviewStages = Stages;
        }

        audit.Record("publication.settingsChanged", targetType: "Organization", targetId: organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            before: new { reviewStages = before }, after: new { reviewStages = Stages }, organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"已保存：审核环节数为 {Stages}。";
        return RedirectToPage(new { organizationId });
    }

    private async Task<IActionResult?> LoadAsync(int organizationId, CancellationToken ct)
    {
        var name = await db.Set<Organization>().Where(o => o.Id == organizationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }

        if (!await staff.CanAdministerAsync(organizationId, ct))
        {
            return Forbid();
        }

        OrganizationName = name;
        return null;
    }
}
