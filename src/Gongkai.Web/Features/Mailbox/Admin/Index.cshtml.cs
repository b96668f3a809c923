using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Mailbox.Admin;

/// <summary>The staff queue: an organ's case handlers see the letters routed (or written) to their
/// organ; the district office and the supervisors see all, with those awaiting routing first by
/// deadline. Overdue and due-soon letters are highlighted.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MailboxQueueModel(MailboxService service, MailboxQueue queue, CalendarProvider calendars, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "all")]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "organization")]
    public int? Organization { get; set; }

    public LetterQueuePage? Queue { get; private set; }

    public bool SeesAll { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var organs = await service.VisibleOrganizationsAsync(ct);
        SeesAll = organs is null;
        if (organs is { Count: 0 })
        {
            return Forbid();
        }

        if (Organization is { } o)
        {
            organs = organs is null || organs.Contains(o) ? new HashSet<int> { o } : new HashSet<int>();
        }

        Queue = await queue.ReadAsync(organs, !All, OverdueOnly, page ?? 1, await calendars.GetAsync(ct), service.Limits, ChinaTime.Today(clock), ct);
        return Page();
    }

    public string Link(int page) => $"/admin/mailbox?all={All}&overdue={OverdueOnly}&organization={Organization}&page={page}";
}
