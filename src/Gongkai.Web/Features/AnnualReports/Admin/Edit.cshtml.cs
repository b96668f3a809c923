using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.AnnualReports.Admin;

/// <summary>/admin/annual-reports/{orgId}/{year}: the report with its computed tables, checks next
/// to them, adjustments per cell, the narrative editor, publication and the Word and HTML exports.
/// Reading needs membership of the organ (or supervision); writing needs its editor or administrator.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AnnualReportEditModel(GongkaiDbContext db, AnnualReportService reports, AnnualReportAccess access, ILogger<AnnualReportEditModel> log) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public AnnualReportView View { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool CanSubmit { get; private set; }

    [BindProperty]
    public NarrativeInput Narrative { get; set; } = new();

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int orgId, int year, CancellationToken ct)
    {
        if (await LoadAsync(orgId, year, "查看年度报告", ct) is { } refused)
        {
            return refused;
        }

        FillNarrative();
        return Page();
    }

    public async Task<IActionResult> OnGetWordAsync(int orgId, int year, CancellationToken ct) =>
        await LoadAsync(orgId, year, "导出年度报告", ct) ?? File(ReportWordDocument.Create(View), AnnualReportsFeature.WordType, $"{View.Title}.docx");

    public async Task<IActionResult> OnGetHtmlAsync(int orgId, int year, CancellationToken ct) =>
        await LoadAsync(orgId, year, "导出年度报告", ct) ?? File(System.Text.Encoding.UTF8.GetBytes(ReportHtml.Document(View)), "text/html; charset=utf-8", $"{View.Title}.html");

    public Task<IActionResult> OnPostNarrativeAsync(int orgId, int year, CancellationToken ct) =>
        ActAsync(orgId, year, "修改年度报告正文", () => reports.SaveNarrativeAsync(Organ, year, Narrative, ct), "正文已保存。", keepNarrative: true, ct);

    public Task<IActionResult> OnPostAdjustAsync(int orgId, int year, string? cell, string? amount, string? explanation, CancellationToken ct) =>
        ActAsync(orgId, year, "调整年度报告数据", () => reports.SaveAdjustmentAsync(Organ, year, cell, amount, explanation, ct), "调整已保存，表格和检查已重新计算。", keepNarrative: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(int orgId, int year, CancellationToken ct) =>
        ActAsync(orgId, year, "提交年度报告发布", () => reports.SubmitAsync(Organ, year, ct), "年度报告已提交审核，审核通过后在本机关“政府信息公开年报”栏目发布。", keepNarrative: false, ct);

    private async Task<IActionResult> ActAsync(int orgId, int year, string action, Func<Task<string?>> change, string done, bool keepNarrative, CancellationToken ct)
    {
        if (await LoadAsync(orgId, year, action, ct) is { } refused)
        {
            return refused;
        }

        try
        {
            Error = await change();
        }
        catch (AnnualReportForbiddenException ex)
        {
            log.LogInformation("年度报告操作被拒绝（机关 {OrgId}，{Year}）：{Error}", orgId, year, ex.Message);
            await access.RecordDenialAsync(orgId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Error is not null)
        {
            log.LogInformation("年度报告未保存（机关 {OrgId}，{Year}）：{Error}", orgId, year, Error);
            View = await reports.ViewAsync(Organ, year, ct);
            if (!keepNarrative)
            {
                FillNarrative();
            }

            return Page();
        }

        Message = done;
        return Redirect($"/admin/annual-reports/{orgId}/{year}");
    }

    private void FillNarrative() => Narrative = new NarrativeInput
    {
        Overview = View.Narratives.GetValueOrDefault(Domain.AnnualReports.ReportTemplates.Overview),
        Problems = View.Narratives.GetValueOrDefault(Domain.AnnualReports.ReportTemplates.Problems),
        OtherMatters = View.Narratives.GetValueOrDefault(Domain.AnnualReports.ReportTemplates.OtherMatters),
        Version = View.Report?.Version,
    };

    private async Task<IActionResult?> LoadAsync(int orgId, int year, string action, CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId && o.Kind != OrganizationKind.Party, ct);
        if (organ is null || !reports.IsReportableYear(year))
        {
            return NotFound();
        }

        if (!await access.CanReadAsync(orgId, ct))
        {
            await access.RecordDenialAsync(orgId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Organ = organ;
        CanEdit = await access.CanEditAsync(orgId, ct);
        CanSubmit = await access.CanSubmitAsync(orgId, ct);
        View = await reports.ViewAsync(organ, year, ct);
        return null;
    }
}
