using Gongkai.Domain.Applications;
using Gongkai.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Applications.Portal;

/// <summary>The applicant's status page: tracking code and query password (posted, never in the
/// URL) show the stage, the dates and the letters issued. Nothing else identifies a case.</summary>
[AllowAnonymous]
[EnableRateLimiting(Gongkai.Web.Shared.Network.RateLimits.StatusLookup)]
public sealed class StatusModel(ApplicationAccess access, ApplicationClock caseClock, ApplicationOrganizations organizations, Letters.LetterService letters, ILogger<StatusModel> log) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public DisclosureApplication? Application { get; private set; }

    public CaseClockResult? Clock { get; private set; }

    public string? OrganizationName { get; private set; }

    public string? Error { get; private set; }

    public List<Letters.ApplicationLetter> IssuedLetters { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        Application = access.FindByCode(Code, Password);
        if (Application is null)
        {
            log.LogInformation("Status lookup failed for a tracking code");
            Error = "查询码或查询密码不正确。";
            return;
        }

        try
        {
            Clock = await caseClock.ClockAsync(Application, ct);
        }
        catch (ApplicationRuleException)
        {
            Clock = null;
        }

        OrganizationName = await organizations.NameAsync(Application.OrganizationId, ct);
        IssuedLetters = await letters.ForCaseAsync(Application.Id, ct);
    }
}
