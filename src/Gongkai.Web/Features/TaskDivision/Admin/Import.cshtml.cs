using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.TaskDivision.Admin;

/// <summary>/admin/tasks/import: the district office uploads a notice (text, Word, Excel or a saved
/// web page), sees the preview (counts, every measure with units and deadlines, unmapped names, and
/// what a table cut off at its end lost), maps unknown names
/// to organs, and only then saves. The upload travels from preview to save as text in the form, so
/// what is saved is exactly what was previewed.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(NoticeFileReader.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = NoticeFileReader.MaxFileBytes + 1024 * 1024)]
public sealed class TaskImportModel(TaskDivisionAccess access, TaskDivisionImporter importer, OrganizationDirectory directory) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? SourceText { get; set; }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public Dictionary<string, string> Mappings { get; set; } = [];

    public string? Error { get; private set; }

    public TaskDivisionPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await access.MayManageAsync(ct) ? Page() : (IActionResult)StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await access.MayManageAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        NoticeSource? source;
        if (Upload is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            (source, Error) = NoticeFileReader.Read(buffer.ToArray(), Upload.FileName);
        }
        else if (!string.IsNullOrWhiteSpace(SourceText))
        {
            source = NoticeTextReader.Read(SourceText);
        }
        else
        {
            (source, Error) = (null, "请选择任务分工通知文件（.docx、.xlsx、.html 或 .txt），或粘贴通知文本。");
        }

        if (source is not null)
        {
            SourceText = NoticeTextWriter.Write(source);
            await PreviewAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostMapAsync(CancellationToken ct)
    {
        if (!await access.MayManageAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        foreach (var (name, organ) in Mappings.Where(m => !string.IsNullOrWhiteSpace(m.Value)))
        {
            var match = await directory.ResolveAsync(organ, ct);
            if (!match.Found)
            {
                Error = $"“{name}”：{match.Error}";
                break;
            }

            await importer.MapUnitAsync(name, match.Id!.Value, ct);
        }

        await PreviewAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await access.MayManageAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await PreviewAsync(ct);
        if (Preview is null || !Preview.Succeeded)
        {
            return Page();
        }

        var (noticeId, created, error) = await importer.SaveAsync(Preview, ct);
        if (error is not null)
        {
            Error = error;
            return Page();
        }

        TempData["TaskMessage"] = (created ? "任务分工已导入。" : "任务分工已更新（同一通知再次导入，未重复创建）。")
            + (Preview.Notice!.LostRows.Count > 0 ? $"表格末尾不完整，{Preview.Notice.LostRows.Count} 项未导入。" : "");
        return Redirect($"/admin/tasks/notices/{noticeId}");
    }

    private async Task PreviewAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(SourceText))
        {
            Error ??= "没有可预览的通知，请重新上传。";
            return;
        }

        Preview = await importer.PreviewAsync(NoticeTextReader.Read(SourceText), Year, ct);
        Error ??= Preview.Error;
    }
}
