using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ServiceGuides.Admin;

/// <summary>/admin/service-guides/{orgId}: an organ's guides for its staff; reviewers approve or
/// return the pending ones, editors and reviewers withdraw published ones.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ServiceGuideOrganModel(GongkaiDbContext db, ServiceGuideAccess access, ServiceGuideService service) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public List<ServiceGuide> Guides { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct) => await LoadAsync(orgId, ct) ?? Page();

    public async Task<IActionResult> OnPostReviewAsync(int orgId, int guideId, bool approve, string? note, CancellationToken ct)
    {
        if (await LoadAsync(orgId, ct) is { } refused)
        {
            return refused;
        }

        if (!CanReview)
        {
            return Forbid();
        }

        Error = await service.ReviewAsync(orgId, guideId, approve, note, ct);
        if (Error is not null)
        {
            return Page();
        }

        Message = approve ? "已审核通过并公开。" : "已退回。";
        return Redirect(ServiceGuideUrls.Staff(orgId));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int orgId, int guideId, string? note, CancellationToken ct)
    {
        if (await LoadAsync(orgId, ct) is { } refused)
        {
            return refused;
        }

        if (!CanEdit && !CanReview)
        {
            return Forbid();
        }

        Error = await service.WithdrawAsync(orgId, guideId, note, ct);
        if (Error is not null)
        {
            return Page();
        }

        Message = "已撤回。";
        return Redirect(ServiceGuideUrls.Staff(orgId));
    }

    private async Task<IActionResult?> LoadAsync(int orgId, CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId && o.IsActive, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await access.CanViewAsync(orgId, ct))
        {
            return Forbid();
        }

        Organ = organ;
        CanEdit = await access.CanEditAsync(orgId, ct);
        CanReview = await access.CanReviewAsync(orgId, ct);
        Guides = await db.Set<ServiceGuide>().AsNoTracking().Where(g => g.OrganizationId == orgId)
            .OrderBy(g => g.Status).ThenBy(g => g.Code).ThenBy(g => g.Id).Take(2000).ToListAsync(ct);
        return null;
    }
}
