using Gongkai.Domain.NormativeDocuments;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative?org=: an organ's normative documents (drafts included), its
/// clean-ups and compilations; other features add blocks for the organ (the interpretation
/// dashboard) through <see cref="Shared.Slots.PageSlot.NormativeStaffOrgan"/>.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeIndexModel(GongkaiDbContext db, NormativeStaff staff, PublicationAccess access,
    CleanupService cleanups, CompilationService compilationService, TimeProvider clock) : PageModel
{
    public sealed record DocRow(NormativeDocument Document, string Title, PublicationStatus Status, ValidityState State);

    [BindProperty(SupportsGet = true, Name = "org")]
    public int? OrganizationId { get; set; }

    public List<Organization> Organs { get; private set; } = [];

    public Organization? Organ { get; private set; }

    public List<DocRow> Documents { get; } = [];

    public List<NormativeCleanup> Cleanups { get; private set; } = [];

    public List<Compilation> Compilations { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanImport { get; private set; }

    /// <summary>The district office's supervisors also assemble district-wide compilations.</summary>
    public bool IsDistrictOffice { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Organs = await staff.OrgansAsync(ct);
        IsDistrictOffice = await compilationService.DistrictOfficeAsync(ct) is not null;
        if (OrganizationId is null && Organs.Count > 0)
        {
            OrganizationId = Organs[0].Id;
        }

        Organ = Organs.FirstOrDefault(o => o.Id == OrganizationId);
        if (OrganizationId is { } requested && Organ is null)
        {
            await staff.DeniedAsync(requested, "查看规范性文件管理", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Organ is not null)
        {
            await LoadAsync(Organ.Id, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostOpenCleanupAsync(string? title, CancellationToken ct)
    {
        if (OrganizationId is not { } org)
        {
            return BadRequest();
        }

        try
        {
            var id = await cleanups.OpenAsync(org, title, ct);
            return Redirect($"/admin/normative/cleanup/{id}");
        }
        catch (PublicationForbiddenException)
        {
            await staff.DeniedAsync(org, "发起规范性文件清理", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (NormativeRuleException ex)
        {
            Error = ex.Message;
            return await OnGetAsync(ct);
        }
    }

    private async Task LoadAsync(int org, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var rows = await (from d in db.Set<NormativeDocument>().Include(x => x.Changes)
                          join p in db.Set<Publication>() on d.PublicationId equals p.Id
                          where d.OrganizationId == org
                          orderby d.NumberYear descending, d.NumberSerial descending
                          select new { d, p.Title, p.Status }).AsNoTracking().ToListAsync(ct);
        Documents.AddRange(rows.Select(r => new DocRow(r.d, r.Title, r.Status, r.d.StateOn(today))));
        Cleanups = await db.Set<NormativeCleanup>().AsNoTracking().Where(c => c.OrganizationId == org).OrderByDescending(c => c.Id).ToListAsync(ct);
        Compilations = await db.Set<Compilation>().AsNoTracking().Where(c => c.OrganizationId == org && !c.DistrictWide).OrderByDescending(c => c.Id).ToListAsync(ct);
        CanEdit = await access.CanEditAsync(org, ct);
        CanImport = await access.CanImportAsync(org, ct);
    }
}
