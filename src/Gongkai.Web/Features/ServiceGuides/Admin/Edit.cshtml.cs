using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ServiceGuides.Admin;

/// <summary>/admin/service-guides/{orgId}/edit/{id?}: an editor writes a guide, its materials and
/// their forms. 保存草稿 checks only the shape; 提交审核 also runs the submission check and shows each
/// empty element and each vague phrase at its field. Whatever is refused, the page comes back with
/// what was typed: the text is saved first, a refused file is named and the others are kept.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ServiceGuideEditModel(GongkaiDbContext db, ServiceGuideAccess access, ServiceGuideService service) : PageModel
{
    /// <summary>Room for a few forms at the file limit; a larger request is refused before it is read.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    public const int BlankRows = 3;

    public Organization Organ { get; private set; } = null!;

    public ServiceGuide? Guide { get; private set; }

    /// <summary>An editor of the organ; other members see the guide read-only.</summary>
    public bool CanEdit { get; private set; }

    public Dictionary<int, ServiceGuideFile> Files { get; private set; } = [];

    public List<GuideProblem> Problems { get; private set; } = [];

    public List<string> UploadErrors { get; } = [];

    public long MaxFileBytes => service.MaxFileBytes;

    [BindProperty]
    public ServiceGuideInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<GuideProblem> For(string field) => Problems.Where(p => p.Field == field).ToList();

    public string FormAction(string handler) => ServiceGuideUrls.Edit(Organ.Id, Guide?.Id) + "?handler=" + handler;

    public async Task<IActionResult> OnGetAsync(int orgId, int? id, CancellationToken ct)
    {
        if (await LoadAsync(orgId, id, ct) is { } refused)
        {
            return refused;
        }

        Input = Guide is null ? new ServiceGuideInput { Implementer = Organ.Name } : ServiceGuideInput.From(Guide);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int orgId, int? id, CancellationToken ct) => SaveAsync(orgId, id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(int orgId, int? id, CancellationToken ct) => SaveAsync(orgId, id, submit: true, ct);

    private async Task<IActionResult> SaveAsync(int orgId, int? id, bool submit, CancellationToken ct)
    {
        if (await LoadAsync(orgId, id, ct) is { } refused)
        {
            return refused;
        }

        var (draft, unreadable) = Input.ToDraft();
        if (unreadable.Count > 0)
        {
            Problems = unreadable;
            return Page();
        }

        var (savedId, problems) = await service.SaveDraftAsync(orgId, id, draft, ct);
        if (savedId is null)
        {
            Problems = [.. problems];
            return Page();
        }

        foreach (var file in Request.Form.Files.Where(f => f.Length > 0))
        {
            var (kind, material) = Slot(file.Name);
            if (kind is null)
            {
                continue;
            }

            await using var content = file.OpenReadStream();
            if (await service.UploadAsync(orgId, savedId.Value, kind.Value, material, file.FileName, content, ct) is { } error)
            {
                UploadErrors.Add(error);
            }
        }

        if (submit && UploadErrors.Count == 0)
        {
            Problems = [.. await service.SubmitAsync(orgId, savedId.Value, ct)];
        }

        if (UploadErrors.Count > 0 || Problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(orgId, savedId, ct);
            return Page();
        }

        Message = submit ? "已提交审核，等待本机关审核人审核。" : "草稿已保存。";
        return Redirect(submit ? ServiceGuideUrls.Staff(orgId) : ServiceGuideUrls.Edit(orgId, savedId));
    }

    /// <summary>The upload fields: flowChart, blankForm-{n}, sample-{n} (n: the material's row).</summary>
    private static (GuideFileKind? Kind, int? Material) Slot(string name)
    {
        if (name == "flowChart")
        {
            return (GuideFileKind.FlowChart, null);
        }

        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && int.TryParse(name[(dash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? (ServiceGuideNames.ParseFile(name[..dash]), n)
            : (null, null);
    }

    private async Task<IActionResult?> LoadAsync(int orgId, int? id, CancellationToken ct)
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
        if (id is { } guideId)
        {
            Guide = await db.Set<ServiceGuide>().AsNoTracking().Include(g => g.Materials).FirstOrDefaultAsync(g => g.Id == guideId && g.OrganizationId == orgId, ct);
            if (Guide is null)
            {
                return NotFound();
            }

            Files = await db.Set<ServiceGuideFile>().AsNoTracking().Where(f => f.GuideId == guideId).ToDictionaryAsync(f => f.Id, ct);
        }

        CanEdit = await access.CanEditAsync(orgId, ct);
        return HttpMethods.IsPost(Request.Method) && !CanEdit ? Forbid() : null;
    }

    public ServiceGuideFile? File(int? id) => id is { } i ? Files.GetValueOrDefault(i) : null;
}
