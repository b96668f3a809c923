using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Admin;

/// <summary>Registration of an application received in person, by post, fax or e-mail, with the
/// Art. 31 receipt date and its evidence. An identity number failing its check digit is accepted
/// with a warning: the paper form is what the applicant wrote.</summary>
[Authorize(Policy = Policies.Staff)]
[TypeFilter(typeof(Publications.Attachments.AttachmentUploadLimitFilter), Arguments = [Attachments.ApplicationAttachments.MaxFiles], Order = 900)]
public sealed class RegisterApplicationModel(ApplicationSubmission submission, StaffAccess access, GongkaiDbContext db, Microsoft.Extensions.Options.IOptions<Publications.Attachments.AttachmentOptions> attachmentOptions) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    /// <summary>Identity proof and supporting material (at most five files).</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public int MaxAttachmentMegabytes => attachmentOptions.Value.MaxMegabytes;

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public string? Error { get; private set; }

    public List<(int Id, string Name)> Organs { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Organs.Count == 0)
        {
            return Forbid();
        }

        Input.Channel = ApplicationChannels.Code(ApplicationChannel.InPerson);
        Input.ReceivedOn = DateOnly.FromDateTime(Shared.ChinaTime.ToChina(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).DateTime);
        Input.FormToken = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var result = await submission.SubmitAsync(Input, byStaff: true, Files, ct);
            Message = result.Duplicate
                ? $"该申请（同一渠道、同一收到日期）刚才已经登记，没有重复登记：查询码 {result.Application.TrackingCode}，查询密码未改变。"
                : $"已登记。查询码 {result.Application.TrackingCode}，查询密码 {result.Password}（请告知申请人，密码只显示这一次）。";
            return Redirect($"/admin/applications/{result.Application.Id}");
        }
        catch (ApplicationInputException e)
        {
            Errors = e.Errors;
        }
        catch (Exception e) when (e is ApplicationForbiddenException or Domain.Calendar.CalendarYearNotLoadedException)
        {
            Error = e.Message;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var mine = (await access.MembershipsAsync(ct)).Where(m => m.Role == BusinessRole.CaseHandler).Select(m => m.OrganizationId).ToList();
        var all = access.IsSystemAdmin && await access.HasRoleAsync(-1, BusinessRole.CaseHandler, ct);
        Organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && (all || mine.Contains(o.Id)))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
    }
}
