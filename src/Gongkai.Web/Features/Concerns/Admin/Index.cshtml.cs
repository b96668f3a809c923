using Gongkai.Domain.Concerns;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.NormativeDocuments.Admin;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Concerns.Admin;

/// <summary>/admin/concerns?org=: the organ's items in the 回应关切, 新闻发布会 and emergency
/// columns (drafts included) and the way to start a new one with its template.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ConcernIndexModel(GongkaiDbContext db, NormativeStaff staff, PublicationAccess access, EmergencyNotices notices) : PageModel
{
    public sealed record Item(int Id, string Title, string Column, PublicationStatus Status, DateTimeOffset UpdatedAt);

    [BindProperty(SupportsGet = true, Name = "org")]
    public int? OrganizationId { get; set; }

    public List<Organization> Organs { get; private set; } = [];

    public Organization? Organ { get; private set; }

    public List<Item> Items { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool MayRaiseNotices { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Organs = await staff.OrgansAsync(ct);
        OrganizationId ??= Organs.FirstOrDefault()?.Id;
        Organ = Organs.FirstOrDefault(o => o.Id == OrganizationId);
        if (OrganizationId is { } requested && Organ is null)
        {
            await staff.DeniedAsync(requested, "查看回应关切栏目", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        MayRaiseNotices = await notices.MayManageAsync(ct);
        if (Organ is { } organ)
        {
            var keys = ConcernColumns.All.Select(c => c.Key).ToList();
            Items = await (from p in db.Set<Publication>()
                           join c in db.Set<PublicationColumn>() on p.ColumnId equals c.Id
                           where p.OrganizationId == organ.Id && keys.Contains(c.Key)
                           orderby p.Id descending
                           select new Item(p.Id, p.Title, c.Title, p.Status, p.UpdatedAt)).AsNoTracking().Take(100).ToListAsync(ct);
            CanEdit = await access.CanEditAsync(organ.Id, ct);
        }

        return Page();
    }
}
