using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/compilations?org=: assemble (editor) and publish (reviewer) 文件汇编.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeCompilationsModel(GongkaiDbContext db, CompilationService service, PublicationAccess access, NormativeStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int OrganizationId { get; set; }

    [BindProperty]
    public CompilationInput Input { get; set; } = new();

    public List<Compilation> Compilations { get; private set; } = [];

    public bool CanReview { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync("查看文件汇编", ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (await LoadAsync("新建文件汇编", ct) is { } denied)
        {
            return denied;
        }

        try
        {
            await service.CreateAsync(OrganizationId, Input, ct);
            Message = "汇编已生成，审核人发布后公开。";
            return Redirect($"/admin/normative/compilations?org={OrganizationId}");
        }
        catch (NormativeRuleException ex)
        {
            Error = ex.Message;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync("发布文件汇编", ct) is { } denied)
        {
            return denied;
        }

        if (!Compilations.Any(c => c.Id == id))
        {
            return NotFound();
        }

        try
        {
            await service.PublishAsync(id, ct);
        }
        catch (PublicationForbiddenException)
        {
            await staff.DeniedAsync(OrganizationId, "发布文件汇编", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Message = "汇编已发布。";
        return Redirect($"/admin/normative/compilations?org={OrganizationId}");
    }

    private async Task<IActionResult?> LoadAsync(string action, CancellationToken ct)
    {
        if (!await access.CanEditAsync(OrganizationId, ct) && !await access.CanReviewAsync(OrganizationId, ct))
        {
            await staff.DeniedAsync(OrganizationId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        CanReview = await access.CanReviewAsync(OrganizationId, ct);
        Compilations = await db.Set<Compilation>().AsNoTracking().Include(c => c.Items).Where(c => c.OrganizationId == OrganizationId && !c.DistrictWide)
            .OrderByDescending(c => c.Id).ToListAsync(ct);
        return null;
    }
}
