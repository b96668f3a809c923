using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Portal;

/// <summary>The public's online application form (《条例》第二十九条). On success the page shows the
/// tracking code and query password once; the password is stored only hashed.</summary>
[AllowAnonymous]
[EnableRateLimiting(Gongkai.Web.Shared.Network.RateLimits.PublicWrite)]
[TypeFilter(typeof(Attachments.PublicUploadLimitFilter), Order = 900)]
public sealed class ApplyModel(ApplicationSubmission submission, GongkaiDbContext db, Attachments.ApplicationAttachments attachments) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    /// <summary>Identity proof and supporting material (at most five files).</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public int MaxAttachmentMegabytes => (int)(attachments.MaxBytes / 1024 / 1024);

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public List<(int Id, string Name)> Organs { get; private set; } = [];

    public SubmitResult? Result { get; private set; }

    public async Task OnGetAsync(int? org, CancellationToken ct)
    {
        Input.Organization = org?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Input.FormToken = Guid.NewGuid().ToString("N");
        await LoadOrgansAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Channel = ApplicationChannels.Code(ApplicationChannel.Online);
        try
        {
            Result = await submission.SubmitAsync(Input, byStaff: false, Files, ct);
        }
        catch (ApplicationInputException e)
        {
            Errors = e.Errors;
        }

        await LoadOrgansAsync(ct);
        return Page();
    }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    private async Task LoadOrgansAsync(CancellationToken ct) =>
        Organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind != OrganizationKind.Party)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
}
