using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Admin;

/// <summary>/admin/publications/import: an organ administrator uploads the back catalogue as an
/// xlsx made from the template and gets the row-by-row report. Which organs each row may go to is
/// decided per row by <see cref="PublicationAccess.CanImportAsync"/>.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(PublicationImportLimits.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = PublicationImportLimits.MaxFileBytes + 1024 * 1024)]
public sealed class PublicationImportModel(PublicationAccess access, PublicationImporter importer, ILogger<PublicationImportModel> log) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool Mask { get; set; }

    public string? Error { get; private set; }

    public PublicationImportReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await access.MayImportAnywhereAsync(ct) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct) =>
        await access.MayImportAnywhereAsync(ct)
            ? File(PublicationImportExcel.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "信息批量导入模板.xlsx")
            : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await access.MayImportAnywhereAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Upload is null || Upload.Length == 0)
        {
            return Refuse("请选择要导入的 Excel 文件（.xlsx）。");
        }

        if (Upload.Length > PublicationImportLimits.MaxFileBytes)
        {
            return Refuse($"文件过大（{Upload.Length / 1024 / 1024} MB），单个文件不能超过 {PublicationImportLimits.MaxFileBytes / 1024 / 1024} MB，请拆分后分批导入。");
        }

        // Read into memory (at most 20 MB) so the zip check and the reader can both seek.
        using var buffer = new MemoryStream();
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }

        buffer.Position = 0;
        var (rows, error) = PublicationImportExcel.Read(buffer);
        if (rows is null || error is not null)
        {
            log.LogWarning("Publication import file {FileName} ({Bytes} bytes) refused: {Reason}", Upload.FileName, Upload.Length, error);
            return Refuse(error ?? "无法读取该文件。");
        }

        Report = await importer.ImportAsync(rows, Mask, "excel:" + Path.GetFileName(Upload.FileName), ct);
        return Page();
    }

    private PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
