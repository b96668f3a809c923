using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Spreadsheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists.Admin;

/// <summary>/admin/power-lists/{orgId}: an organ's list for its staff. Editors upload a list (seen
/// as a preview with every row's problems before anything is saved; the file travels from preview
/// to save in the form, so what is saved is what was previewed) and submit adjustments; reviewers
/// approve or return each batch.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(SpreadsheetUpload.MaxFileBytes * 2)]
[RequestFormLimits(MultipartBodyLengthLimit = SpreadsheetUpload.MaxFileBytes * 2, ValueLengthLimit = (int)SpreadsheetUpload.MaxFileBytes * 2)]
public sealed class PowerListOrganModel(GongkaiDbContext db, PowerListAccess access, PowerListService service) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public List<PowerListBatch> Batches { get; private set; } = [];

    public List<PowerItem> Items { get; private set; } = [];

    public PowerImportResult? Preview { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file, base64, carried to the save.</summary>
    [BindProperty]
    public string? FileData { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    [BindProperty]
    public AdjustmentForm Adjustment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct) => await LoadAsync(orgId, ct) ?? Page();

    public async Task<IActionResult> OnPostPreviewAsync(int orgId, CancellationToken ct)
    {
        if (await GuardAsync(orgId, () => CanEdit, ct) is { } refused)
        {
            return refused;
        }

        if (Upload is not { Length: > 0 })
        {
            Error = "请选择权责清单文件（.xlsx 或 .csv）。";
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        (FileData, FileName) = (Convert.ToBase64String(buffer.ToArray()), Path.GetFileName(Upload.FileName));
        await ImportAsync(orgId, dryRun: true, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int orgId, CancellationToken ct)
    {
        if (await GuardAsync(orgId, () => CanEdit, ct) is { } refused)
        {
            return refused;
        }

        if (await ImportAsync(orgId, dryRun: false, ct) is { BatchId: not null } result)
        {
            Message = $"已提交 {result.Imported} 项，等待本机关审核人审核。";
            return Redirect($"/admin/power-lists/{orgId}");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAdjustAsync(int orgId, CancellationToken ct)
    {
        if (await GuardAsync(orgId, () => CanEdit, ct) is { } refused)
        {
            return refused;
        }

        var (_, error) = await service.AdjustAsync(orgId, Adjustment.ToInput(), ct);
        if (error is not null)
        {
            Error = error;
            return Page();
        }

        Message = "调整已提交，等待本机关审核人审核。";
        return Redirect($"/admin/power-lists/{orgId}");
    }

    public async Task<IActionResult> OnPostReviewAsync(int orgId, int batchId, bool approve, string? note, CancellationToken ct)
    {
        if (await GuardAsync(orgId, () => CanReview, ct) is { } refused)
        {
            return refused;
        }

        Error = await service.ReviewAsync(orgId, batchId, approve, note, ct);
        if (Error is not null)
        {
            return Page();
        }

        Message = approve ? "已审核通过并公开。" : "已退回。";
        return Redirect($"/admin/power-lists/{orgId}");
    }

    private async Task<PowerImportResult?> ImportAsync(int orgId, bool dryRun, CancellationToken ct)
    {
        byte[] content;
        try
        {
            content = Convert.FromBase64String(FileData ?? "");
        }
        catch (FormatException)
        {
            Error = "没有可导入的文件，请重新上传。";
            return null;
        }

        var (rows, error) = PowerListsApi.FromFile(content, FileName);
        if (rows is null)
        {
            Error = error;
            return null;
        }

        Preview = await service.ImportAsync(orgId, rows, dryRun, ct);
        return Preview;
    }

    /// <summary>Loads the page; refuses (403) a person without the role the action needs.</summary>
    private async Task<IActionResult?> GuardAsync(int orgId, Func<bool> allowed, CancellationToken ct) =>
        await LoadAsync(orgId, ct) ?? (allowed() ? null : Forbid());

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
        Batches = await db.Set<PowerListBatch>().AsNoTracking().Where(b => b.OrganizationId == orgId)
            .OrderByDescending(b => b.Id).Take(20).ToListAsync(ct);
        Items = await db.Set<PowerItem>().AsNoTracking().Where(i => i.OrganizationId == orgId)
            .OrderBy(i => i.Type).ThenBy(i => i.Code).Take(2000).ToListAsync(ct);
        return null;
    }

    public sealed class AdjustmentForm
    {
        public string? Kind { get; set; }

        public string? Code { get; set; }

        public DateOnly? EffectiveOn { get; set; }

        public string? Basis { get; set; }

        public string? Note { get; set; }

        public string? ToOrganization { get; set; }

        public string? Name { get; set; }

        public string? SubItem { get; set; }

        public string? Type { get; set; }

        public string? ItemBasis { get; set; }

        public string? HandlingUnit { get; set; }

        public string? Responsibilities { get; set; }

        public string? Accountability { get; set; }

        public string? Phone { get; set; }

        public string? ItemNote { get; set; }

        /// <summary>Blank fields are left out, so a 调整 keeps what it does not mention.</summary>
        public PowerAdjustmentInput ToInput()
        {
            static string? Value(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
            var any = new[] { Name, SubItem, Type, ItemBasis, HandlingUnit, Responsibilities, Accountability, Phone, ItemNote }.Any(s => Value(s) is not null);
            return new PowerAdjustmentInput
            {
                Kind = Kind,
                Code = Code,
                EffectiveOn = EffectiveOn,
                Basis = Basis,
                Note = Note,
                ToOrganization = ToOrganization,
                Item = !any ? null : new PowerItemInput
                {
                    Code = Code,
                    Name = Value(Name),
                    SubItem = Value(SubItem),
                    Type = Value(Type),
                    Basis = Value(ItemBasis),
                    HandlingUnit = Value(HandlingUnit),
                    Responsibilities = Value(Responsibilities),
                    Accountability = Value(Accountability),
                    Phone = Value(Phone),
                    Note = Value(ItemNote),
                },
            };
        }
    }
}
