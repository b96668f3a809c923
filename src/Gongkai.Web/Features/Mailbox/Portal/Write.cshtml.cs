using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Mailbox.Portal;

/// <summary>The public's letter form (区长信箱 or an organ's mailbox). On success the tracking code and
/// query password are shown once; the password is stored only hashed.</summary>
[AllowAnonymous]
[EnableRateLimiting(Shared.Network.RateLimits.PublicWrite)]
[TypeFilter(typeof(Applications.Attachments.PublicUploadLimitFilter), Order = 900)]
public sealed class WriteModel(MailboxService service, GongkaiDbContext db) : PageModel
{
    [BindProperty]
    public LetterInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public List<(int Id, string Name)> Organs { get; private set; } = [];

    public LetterSubmitResult? Result { get; private set; }

    public MailboxOptions Settings => service.Options;

    public async Task OnGetAsync(int? org, CancellationToken ct)
    {
        Input.Recipient = org?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await LoadOrgansAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.ReceivedOn = null;
        try
        {
            Result = await service.SubmitAsync(Input, byStaff: false, Files, ct);
        }
        catch (LetterInputException e)
        {
            Errors = e.Errors;
        }

        await LoadOrgansAsync(ct);
        return Page();
    }

    private async Task LoadOrgansAsync(CancellationToken ct)
    {
        var office = await service.DistrictOfficeAsync(ct);
        Organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind != OrganizationKind.Party && o.Id != office)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
    }
}
