using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Concerns.Admin;

/// <summary>/admin/concerns/notices: the district office raises a front-page emergency notice with
/// a start and an end, and ends one early. Audited (<see cref="EmergencyNotices"/>).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ConcernNoticesModel(EmergencyNotices notices, TimeProvider clock) : PageModel
{
    public List<EmergencyNotice> Notices { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public string? NoticeTitle { get; set; }

    [BindProperty]
    public string? NoticeUrl { get; set; }

    [BindProperty]
    public DateTime? StartsAt { get; set; }

    [BindProperty]
    public DateTime? EndsAt { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await notices.MayManageAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Now = clock.GetUtcNow();
        Notices = await notices.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRaiseAsync(CancellationToken ct)
    {
        try
        {
            await notices.RaiseAsync(NoticeTitle, NoticeUrl, StartsAt, EndsAt, ct);
            Message = "首页提示已保存。";
            return RedirectToPage();
        }
        catch (PublicationForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (PublicationRuleException ex)
        {
            Error = ex.Message;
            return await OnGetAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostEndAsync(int id, CancellationToken ct)
    {
        try
        {
            Message = await notices.EndAsync(id, ct) ? "首页提示已结束。" : "该提示已结束或不存在。";
            return RedirectToPage();
        }
        catch (PublicationForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
