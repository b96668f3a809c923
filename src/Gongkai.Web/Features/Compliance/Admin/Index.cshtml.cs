using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Compliance.Admin;

/// <summary>/admin/compliance?year=: the matrix of organs × indicators, colour-coded, sortable by
/// any column (<c>sort=key</c>, <c>desc=true</c>), each cell linking to its evidence, with each
/// organ's monthly trend; the district office sees every organ, other staff their own.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ComplianceIndexModel(ComplianceAccess access, ComplianceOverview overview, ComplianceSnapshots snapshots, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    public ComplianceMatrix Matrix { get; private set; } = null!;

    public IReadOnlyList<ComplianceRow> Rows { get; private set; } = [];

    public Dictionary<int, SortedDictionary<int, decimal>> Trends { get; private set; } = [];

    public int ThisYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }

        Trends = await snapshots.ScoresAsync(Matrix.Year, Matrix, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct) =>
        await LoadAsync(ct) ?? File(ComplianceExport.Excel(Matrix), ComplianceExport.ContentType, $"{Matrix.Year}年政务公开总览.xlsx");

    public async Task<IActionResult> OnGetTrendAsync(CancellationToken ct) =>
        await LoadAsync(ct) ?? File(await snapshots.ExcelAsync(Matrix.Year, Matrix, ct), ComplianceExport.ContentType, $"{Matrix.Year}年政务公开月度快照.xlsx");

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        ThisYear = ChinaTime.Today(clock).Year;
        var year = Year ?? ThisYear;
        if (year < 2000 || year > ThisYear + 1)
        {
            return BadRequest($"年份 {year} 无效。");
        }

        Matrix = await overview.ComputeAsync(year, await access.VisibleOrganizationsAsync(ct), ct: ct);
        Rows = Sorted(Matrix.Rows);
        return null;
    }

    private List<ComplianceRow> Sorted(IReadOnlyList<ComplianceRow> rows)
    {
        IOrderedEnumerable<ComplianceRow>? ordered = Sort switch
        {
            "organ" => rows.OrderBy(r => r.Organ, StringComparer.Ordinal),
            "score" => rows.OrderBy(r => r.Score),
            { } key when Matrix.Columns.Any(c => c.Key == key) => rows.OrderBy(r => r.Findings[key].Level).ThenBy(r => r.Findings[key].Count),
            _ => null,
        };
        if (ordered is null)
        {
            return [.. rows];
        }

        return Descending ? [.. ordered.Reverse()] : [.. ordered];
    }

    /// <summary>The link of a column header: sorts by it, the second click reverses.</summary>
    public string SortLink(string key) =>
        $"/admin/compliance?year={Matrix.Year}&sort={Uri.EscapeDataString(key)}" + (Sort == key && !Descending ? "&desc=true" : "");

    public static string CellClass(ComplianceFinding f) => "compliance-" + ComplianceApi.Label(f.Level);
}
