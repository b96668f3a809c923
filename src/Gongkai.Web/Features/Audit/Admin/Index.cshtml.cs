using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Audit.Admin;

/// <summary>Search and export of the audit log, for the audit administrator only (三权分立: the
/// system and security administrators get 403).</summary>
[Authorize(Policy = Policies.AuditAdmin)]
public sealed class IndexModel(GongkaiDbContext db, AuditTrail trail, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EventType { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Success { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    /// <summary>Page number; not "page", which Razor Pages reserves for the route.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public AuditQuery Filter => new()
    {
        From = From,
        To = To,
        UserName = UserName,
        EventType = EventType,
        Success = Success,
        OrganizationId = OrganizationId,
        Target = Target,
    };

    /// <summary>The current filters as query values, for paging links.</summary>
    public Dictionary<string, string> RouteValues(int page)
    {
        var values = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Add(values, nameof(From), From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(values, nameof(To), To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(values, nameof(UserName), UserName);
        Add(values, nameof(EventType), EventType);
        Add(values, nameof(Success), Success?.ToString().ToLowerInvariant());
        Add(values, nameof(OrganizationId), OrganizationId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(values, nameof(Target), Target);
        return values;
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // An unparsable filter shows the error and no rows, rather than silently ignoring it.
            ExplainInvalidFilters();
            return;
        }

        var rows = Filter.Apply(db.Set<AuditEntry>().AsNoTracking());
        Total = await rows.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await rows.OrderByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>Exports the filtered rows. The file is built first and the export recorded before
    /// it is sent: if the audit write fails, nobody gets the file.</summary>
    public async Task<IActionResult> OnPostExportAsync(string? format, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }

        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        var file = new FileStream(Path.Combine(Path.GetTempPath(), "gongkai-audit-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var rows = Filter.Apply(db.Set<AuditEntry>());
            var count = csv ? await AuditExport.WriteCsvAsync(rows, file, ct) : await AuditExport.WriteXlsxAsync(rows, file, ct);
            trail.Record(AuditEvents.Exported, targetType: nameof(AuditEntry),
                detail: $"导出审计日志 {count} 条，格式 {(csv ? "csv" : "xlsx")}，筛选条件：{Filter.Describe()}");
            await db.SaveChangesAsync(ct);
            file.Position = 0;
            var now = clock.GetUtcNow();
            return csv
                ? File(file, "text/csv; charset=utf-8", AuditExport.FileName("csv", now))
                : File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AuditExport.FileName("xlsx", now));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>Replaces the framework's English binding messages with Chinese ones.</summary>
    private void ExplainInvalidFilters()
    {
        var labels = new Dictionary<string, string>
        {
            [nameof(From)] = "开始日期",
            [nameof(To)] = "结束日期",
            [nameof(Success)] = "结果",
            [nameof(OrganizationId)] = "机关ID",
            ["p"] = "页码",
        };
        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            entry.Errors.Add($"“{labels.GetValueOrDefault(key, key)}”的格式不正确。");
        }
    }

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value;
        }
    }
}
