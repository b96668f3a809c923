using Gongkai.Domain.OrganizationFunctions;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.OrganizationFunctions.Admin;

/// <summary>/admin/functions/{orgId}: an Editor of the organ edits the 机构职能 record (each save is a
/// new version pending review); a Reviewer of the organ approves or sends back the pending version.
/// Members and supervisors may look; anyone else gets 403, and the refusal is recorded.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class FunctionsEditModel(GongkaiDbContext db, OrganizationFunctionsService service, StaffAccess staff,
    OrganizationAdminAccess organAccess) : PageModel
{
    [BindProperty]
    public FunctionsForm Input { get; set; } = new();

    public Organization Organ { get; private set; } = null!;

    public OrganizationFunctionsVersion? Current { get; private set; }

    public OrganizationFunctionsVersion? Pending { get; private set; }

    public List<OrganizationFunctionsVersion> Versions { get; private set; } = [];

    public List<Organization> Directory { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct)
    {
        if (await LoadAsync(orgId, "查看机构职能编辑页", ct) is { } refused)
        {
            return refused;
        }

        var start = Versions.FirstOrDefault(v => v.Status is FunctionsVersionStatus.PendingReview or FunctionsVersionStatus.SentBack) ?? Current;
        Input = (start is null ? FunctionsForm.From(FromDirectory(Organ)) : FunctionsForm.From(start.Content)).WithSpareRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int orgId, CancellationToken ct) =>
        await ActAsync(orgId, "修改机构职能", async () =>
        {
            var version = await service.SaveAsync(orgId, Input.ToContent(), ct);
            return $"已保存为第{version.Number}版，待本机关审核人审核后公开。";
        }, ct);

    public async Task<IActionResult> OnPostApproveAsync(int orgId, int versionId, string? comment, CancellationToken ct) =>
        await ActAsync(orgId, "审核机构职能", async () =>
        {
            await service.ApproveAsync(versionId, comment, ct);
            return "已审核通过，机构职能已公开。";
        }, ct);

    public async Task<IActionResult> OnPostSendBackAsync(int orgId, int versionId, string? comment, CancellationToken ct) =>
        await ActAsync(orgId, "退回机构职能", async () =>
        {
            await service.SendBackAsync(versionId, comment, ct);
            return "已退回编辑修改。";
        }, ct);

    private async Task<IActionResult> ActAsync(int orgId, string action, Func<Task<string>> act, CancellationToken ct)
    {
        if (await LoadAsync(orgId, action, ct) is { } refused)
        {
            return refused;
        }

        try
        {
            Message = await act();
            return Redirect($"/admin/functions/{orgId}");
        }
        catch (FunctionsRefusedException ex) when (ex.Reason == FunctionsRefusal.Forbidden)
        {
            await organAccess.RecordDenialAsync(orgId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (FunctionsRefusedException ex)
        {
            Errors = ex.Errors;
            await LoadAsync(orgId, action, ct);
            Input.WithSpareRows();
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int orgId, string action, CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await staff.CanReadAsync(orgId, ct))
        {
            await organAccess.RecordDenialAsync(orgId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Organ = organ;
        CanEdit = await service.CanEditAsync(orgId, ct);
        CanReview = await service.CanReviewAsync(orgId, ct);
        Versions = await service.VersionsAsync(orgId, ct);
        Current = Versions.FirstOrDefault(v => v.Status == FunctionsVersionStatus.Published);
        Pending = Versions.FirstOrDefault(v => v.Status == FunctionsVersionStatus.PendingReview);
        Directory = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Id != orgId)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        return null;
    }

    /// <summary>A first record starts from the contact details the organ's directory entry already has.</summary>
    private static FunctionsContent FromDirectory(Organization o) => new()
    {
        Address = o.OfficeAddress ?? "",
        Hours = o.OfficeHours ?? "",
        Phone = o.OfficePhone ?? "",
        Fax = o.OfficeFax,
    };
}
