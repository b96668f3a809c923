using Microsoft.AspNetCore.OutputCaching;
using System.Globalization;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Mailbox.Portal;

/// <summary>每月汇总分析 on the district platform: a month is published once it is over (the previous
/// month by default); the district office sees the current month at /admin/mailbox/analysis.</summary>
[OutputCache(PolicyName = MailboxCache.PolicyName)]
[AllowAnonymous]
public sealed class AnalysisModel(MailboxAnalysis analysis, TimeProvider clock) : PageModel
{
    public LetterAnalysis? Result { get; private set; }

    public string Month { get; private set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var first = last;
        if (!string.IsNullOrEmpty(month) && !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
        {
            Error = "请按 yyyy-MM 格式选择月份。";
            first = last;
        }

        if (first > last)
        {
            Error = $"{first:yyyy年M月}的汇总分析将在该月结束后公布。";
            first = last;
        }

        Month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var (from, to) = MailboxAnalysis.MonthRange(first.Year, first.Month);
        Result = await analysis.ComputeAsync(Month, from, to, to.AddDays(1), ct);
        return Page();
    }
}
