using Gongkai.Domain.Mailbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Mailbox.Portal;

/// <summary>The writer's status page: tracking code and query password (posted, never in the URL).</summary>
[AllowAnonymous]
[EnableRateLimiting(Shared.Network.RateLimits.StatusLookup)]
public sealed class StatusModel(MailboxService service) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public MailboxLetter? Letter { get; private set; }

    public LetterClockResult? Clock { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        Letter = service.FindByCode(Code, Password);
        if (Letter is null)
        {
            Error = "查询码或查询密码不正确。";
            return;
        }

        Clock = await service.ClockAsync(Letter, ct);
    }
}
