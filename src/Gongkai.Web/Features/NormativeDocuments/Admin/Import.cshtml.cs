using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/import?org=: the organ's administrator uploads its existing documents and
/// interpretations; the report lists every row, bad ones with their reasons.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(PublicationImportLimits.MaxFileBytes + 64 * 1024)]
public sealed class NormativeImportModel(GongkaiDbContext db, Import.NormativeImporter importer, PublicationAccess access, NormativeStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int OrganizationId { get; set; }

    public string OrganizationName { get; private set; } = "";

    public PublicationImportReport? Report { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await DenyAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied)
        {
            return denied;
        }

        if (upload is null || upload.Length == 0)
        {
            Error = "请选择要导入的 Excel 文件（.xlsx）。";
            return Page();
        }

        if (upload.Length > PublicationImportLimits.MaxFileBytes)
        {
            Error = "文件过大，请拆分后分批导入。";
            return Page();
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        (Report, Error) = await importer.ImportAsync(OrganizationId, buffer, $"excel:{upload.FileName}", ct);
        return Page();
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == OrganizationId, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await access.CanImportAsync(OrganizationId, ct))
        {
            await staff.DeniedAsync(OrganizationId, "导入规范性文件", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        OrganizationName = organ.Name;
        return null;
    }
}
