using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Admin;

/// <summary>Items waiting for review in the organs where the person is a reviewer, leaving out
/// their own drafts and items whose earlier stage they already approved.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PublicationReviewModel(GongkaiDbContext db, PublicationAccess access, PublicationService service) : PageModel
{
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organIds = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive).Select(o => o.Id).ToListAsync(ct);
        var reviewable = await access.OrganizationsWithRoleAsync(BusinessRole.Reviewer, organIds, ct);
        var items = await db.Set<Publication>().Include(p => p.Revisions)
            .Where(p => p.WorkingInReview && reviewable.Contains(p.OrganizationId)).OrderBy(p => p.UpdatedAt).ToListAsync(ct);
        var names = await db.Set<Organization>().Where(o => reviewable.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        foreach (var item in items)
        {
            var flow = await service.WorkflowAsync(item, ct);
            if (flow.RevisionAuthorId == access.UserId || flow.Approvers.Contains(access.UserId ?? Guid.Empty))
            {
                continue;
            }

            Rows.Add(new Row(item.Id, item.WorkingRevision!.Title, names[item.OrganizationId], flow.StageName!, item.PublishedRevisionNumber is not null, item.UpdatedAt));
        }
    }

    public sealed record Row(int Id, string Title, string Organization, string Stage, bool IsCorrection, DateTimeOffset Since);
}
