using Gongkai.Domain.ServiceCases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.ServiceCases.Portal;

/// <summary>/bjjd: 办件进度查询. The number and the check digits are posted (never in the URL) and
/// rate-limited; an unknown number and wrong digits get the same answer. Below, this year's
/// statistics per organ and item.</summary>
[AllowAnonymous]
[EnableRateLimiting(Shared.Network.RateLimits.StatusLookup)]
public sealed class ProgressModel(ServiceCaseService service, ILogger<ProgressModel> log) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Check { get; set; }

    public CaseView? Case { get; private set; }

    public string? Error { get; private set; }

    public int Year { get; private set; }

    public List<(string Organ, CaseStatisticsRow Row)> Statistics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadStatisticsAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Number) || CheckDigits.Typed(Check) is null)
        {
            Error = "请填写办件编号，以及申请时所留联系电话或证件号码的后四位。";
        }
        else
        {
            Case = await service.LookupAsync(Number, Check, ct);
            if (Case is null)
            {
                log.LogInformation("Service case lookup failed");
                Error = ServiceCaseTexts.NotFound;
            }
        }

        await LoadStatisticsAsync(ct);
    }

    private async Task LoadStatisticsAsync(CancellationToken ct)
    {
        Year = service.Today.Year;
        Statistics = await service.StatisticsAsync(Year, null, ct);
    }
}
