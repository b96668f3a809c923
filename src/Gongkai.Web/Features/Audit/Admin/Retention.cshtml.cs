using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Audit.Admin;

/// <summary>The retention setting. Only the audit administrator may change it (8.1.4.3 d), and
/// never below the legal floor.</summary>
[Authorize(Policy = Policies.AuditAdmin)]
public sealed class RetentionModel(AuditRetention retention) : PageModel
{
    [BindProperty]
    public int? Days { get; set; }

    public int CurrentDays { get; private set; }

    public int DefaultDays => retention.DefaultDays;

    public AuditSettings? Stored { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool? saved, CancellationToken ct)
    {
        await LoadAsync(ct);
        Days ??= CurrentDays;
        Saved = saved == true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Days is not { } days)
        {
            ModelState.AddModelError(nameof(Days), "请输入保留天数（整数）。");
            await LoadAsync(ct);
            return Page();
        }

        if (await retention.SetRetentionDaysAsync(days, ct) is { } error)
        {
            ModelState.AddModelError(nameof(Days), error);
            await LoadAsync(ct);
            return Page();
        }

        return RedirectToPage(new { saved = true });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Stored = await retention.StoredAsync(ct);
        CurrentDays = Stored?.RetentionDays ?? retention.DefaultDays;
    }
}
