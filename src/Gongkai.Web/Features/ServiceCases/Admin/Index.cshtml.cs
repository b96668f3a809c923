using Gongkai.Domain.ServiceCases;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Spreadsheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.ServiceCases.Admin;

/// <summary>/admin/service-cases: import a sheet exported from the 政务服务 system (header by
/// Chinese column names; one bad row and nothing is saved, every problem naming its row), and the
/// latest cases of the person's organs.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(SpreadsheetUpload.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = SpreadsheetUpload.MaxFileBytes + 1024 * 1024)]
public sealed class ServiceCasesIndexModel(ServiceCaseService service, StaffAccess staff) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public List<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public List<CaseView> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Recent = await service.RecentAsync(await staff.ReadableOrganizationsAsync(ct), 50, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 })
        {
            Errors.Add("请选择办件文件（.xlsx 或 .csv）。");
        }
        else
        {
            var (cells, error) = await SpreadsheetUpload.ReadAsync(Upload, ct);
            var sheet = cells is null ? null : ServiceCaseSheet.Read(cells);
            if ((error ?? sheet!.Error) is { } fileError)
            {
                Errors.Add(fileError);
            }
            else
            {
                Errors.AddRange(sheet!.Rows.SelectMany(r => r.Errors.Select(e => $"第 {r.Row} 行：{e}")));
                if (Errors.Count == 0)
                {
                    var result = await service.UpsertAsync(sheet.Rows.Select(r => (r.Row, r.Record!)).ToList(), "行", dryRun: false, ct);
                    if (result.Ok)
                    {
                        Message = $"已导入 {result.Received} 件：新增 {result.Created} 件，更新 {result.Updated} 件。";
                        return RedirectToPage();
                    }

                    Errors.AddRange(result.Errors.Select(e => e.Message));
                }
            }
        }

        Recent = await service.RecentAsync(await staff.ReadableOrganizationsAsync(ct), 50, ct);
        return Page();
    }
}
