using Gongkai.Domain.DisclosureGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides.Admin;

/// <summary>/admin/guide/{orgId}: the organ's administrator (or a system administrator) edits the
/// five parts. Anyone else gets 403, and the refusal is recorded.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class GuideEditModel(GongkaiDbContext db, DisclosureGuideService guides, GuideHeadingsService headingSettings,
    OrganizationAdminAccess organAccess, ILogger<GuideEditModel> log) : PageModel
{
    [BindProperty]
    public GuideInput Input { get; set; } = new();

    public Organization Organ { get; private set; } = null!;

    public DisclosureGuide? Saved { get; private set; }

    public bool Stale { get; private set; }

    public GuideHeadingSet Headings { get; private set; } = GuideHeadingSet.Seed;

    /// <summary>The contact the guide shows, read from the organ's current record (not editable here).</summary>
    public OrganContact Contact { get; private set; } = null!;

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct)
    {
        if (await LoadAsync(orgId, "查看指南编辑页", ct) is { } refused)
        {
            return refused;
        }

        Input = GuideInput.From(Saved ?? GuideDraft.For(Organ));
        if (Saved is null)
        {
            Input.Version = null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int orgId, CancellationToken ct)
    {
        if (await LoadAsync(orgId, "修改指南", ct) is { } refused)
        {
            return refused;
        }

        Error = await guides.SaveAsync(Organ, Input, Headings, ct);
        if (Error is not null)
        {
            log.LogInformation("指南未保存（机关 {OrgId}）：{Error}", orgId, Error);
            return Page();
        }

        Message = "政府信息公开指南已保存，公开页面已更新。";
        return Redirect($"/admin/guide/{orgId}");
    }

    private async Task<IActionResult?> LoadAsync(int orgId, string action, CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await guides.CanEditAsync(orgId, ct))
        {
            await organAccess.RecordDenialAsync(orgId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Organ = organ;
        Saved = await guides.FindAsync(orgId, ct);
        Stale = guides.IsStale(Saved);
        Headings = await headingSettings.CurrentAsync(ct);
        Contact = await GuideContactReader.ForAsync(db, organ, ct);
        return null;
    }
}
