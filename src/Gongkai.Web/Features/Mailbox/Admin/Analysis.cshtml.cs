using System.Globalization;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Mailbox.Admin;

/// <summary>The district office's analysis, any month (the current one too, judged today) or a whole year.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MailboxAnalysisModel(MailboxService service, MailboxAnalysis analysis, TimeProvider clock) : PageModel
{
    public LetterAnalysis? Result { get; private set; }

    public string Month { get; private set; } = "";

    public int? Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? month, int? year, CancellationToken ct)
    {
        if (!await service.MaySeeCurrentAnalysisAsync(ct))
        {
            return Forbid();
        }

        var today = ChinaTime.Today(clock);
        if (year is >= 2000 and <= 2100)
        {
            Year = year;
            var to = new DateOnly(year.Value, 12, 31);
            Result = await analysis.ComputeAsync(year.Value.ToString(CultureInfo.InvariantCulture), new DateOnly(year.Value, 1, 1), to, to < today ? to.AddDays(1) : today, ct);
            return Page();
        }

        if (string.IsNullOrEmpty(month) || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            first = new DateOnly(today.Year, today.Month, 1);
        }

        Month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var (from, last) = MailboxAnalysis.MonthRange(first.Year, first.Month);
        Result = await analysis.ComputeAsync(Month, from, last, last < today ? last.AddDays(1) : today, ct);
        return Page();
    }
}
