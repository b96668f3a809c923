using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Admin;

/// <summary>The items of the organs the person may see, filtered by status.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PublicationListModel(GongkaiDbContext db, PublicationAccess access, PublicationTimeliness timeliness,
    ILogger<PublicationListModel> logger) : PageModel
{
    /// <summary>Art. 26: late publications and drafts near or past their limit; null when the
    /// calendar could not be read.</summary>
    public PublicationTimeliness.Report? Timeliness { get; private set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public PublicationStatus? Status { get; set; }

    public List<Row> Rows { get; private set; } = [];

    public List<(int Id, string Name)> EditableOrganizations { get; private set; } = [];

    /// <summary>The district office (and the system administrator) reads every organ and assigns statutory columns.</summary>
    public bool MayAssignColumns { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewable = await access.ViewableOrganizationsAsync(ct);
        MayAssignColumns = viewable is null;
        try
        {
            Timeliness = await timeliness.ForAsync(viewable, ct);
        }
        catch (Domain.Calendar.CalendarYearNotLoadedException ex)
        {
            logger.LogWarning(ex, "Timeliness report skipped: calendar year not loaded");
        }

        if (viewable is null || viewable.Count == 1)
        {
            Rows = await Newest(viewable?.Single(), ct);
        }
        else
        {
            // Several organs: the newest of each, merged. One query over all of them read and sorted
            // every item of those organs (IN on the index's first column loses its order).
            Rows = [];
            foreach (var organ in viewable)
            {
                Rows.AddRange(await Newest(organ, ct));
            }

            Rows = Rows.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id).Take(ListSize).ToList();
        }

        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind != OrganizationKind.Party)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var editable = await access.OrganizationsWithRoleAsync(BusinessRole.Editor, organs.Select(o => o.Id), ct);
        EditableOrganizations = organs.Where(o => editable.Contains(o.Id)).Select(o => (o.Id, o.Name)).ToList();
    }

    /// <summary>The list shows the most recently changed items, at most this many.</summary>
    public const int ListSize = 200;

    /// <summary>The newest items of one organ (or of all), read in the order of
    /// IX_Publication_Updated_* so the read stops after <see cref="ListSize"/> rows.</summary>
    private Task<List<Row>> Newest(int? organ, CancellationToken ct)
    {
        var query = db.Set<Publication>().AsNoTracking();
        if (organ is { } id)
        {
            query = query.Where(p => p.OrganizationId == id);
        }

        if (Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        return query.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id).Take(ListSize)
            .Join(db.Set<Organization>(), p => p.OrganizationId, o => o.Id, (p, o) => new Row(p.Id, p.Title, o.ShortName, p.Status, p.WorkingInReview, p.WorkingRevisionNumber, p.IndexNumber, p.UpdatedAt))
            .ToListAsync(ct);
    }

    public sealed record Row(int Id, string Title, string Organization, PublicationStatus Status, bool InReview, int? WorkingRevision, string? IndexNumber, DateTimeOffset UpdatedAt);
}
