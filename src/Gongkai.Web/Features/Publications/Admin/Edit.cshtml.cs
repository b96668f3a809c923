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

/// <summary>Creates a draft (?org=) or edits the working revision of an item.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PublicationEditModel(GongkaiDbContext db, PublicationService service, PublicationAccess access, ColumnTree columns, TimeProvider clock,
    IEnumerable<IDocumentNumberKeeper> numberKeepers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public int? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "org")]
    public int? OrganizationId { get; set; }

    [BindProperty]
    public PublicationInput Input { get; set; } = new();

    public string OrganizationName { get; private set; } = string.Empty;

    public List<PublicationColumn> Columns { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>Where the 发文字号 is edited when another feature keeps it (a normative document); read-only here.</summary>
    public string? NumberKeptAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (publication, denied) = await LoadAsync(ct);
        if (denied is not null)
        {
            return denied;
        }

        if (publication is not null)
        {
            var working = publication.WorkingRevision;
            if (working is null)
            {
                return RedirectToPage("/Publications/Admin/Detail", new { id = publication.Id });
            }

            var key = Columns.First(c => c.Id == working.ColumnId).Key;
            Input = PublicationInput.From(working, publication.ScheduledFor, key);
        }
        else
        {
            Input.FormedOn = ChinaTime.Today(clock);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (publication, denied) = await LoadAsync(ct);
        if (denied is not null)
        {
            return denied;
        }

        try
        {
            if (publication is null)
            {
                var id = await service.CreateAsync(OrganizationId!.Value, Input, ct);
                return Redirect($"/admin/publications/{id}");
            }

            await service.UpdateAsync(publication, Input, ct);
            return Redirect($"/admin/publications/{publication.Id}");
        }
        catch (PublicationRuleException ex)
        {
            Error = ex.Message;
            return Page();
        }
    }

    private async Task<(Publication? Publication, IActionResult? Denied)> LoadAsync(CancellationToken ct)
    {
        Publication? publication = null;
        if (Id is { } id)
        {
            publication = await service.FindAsync(id, ct);
            if (publication is null)
            {
                return (null, NotFound());
            }

            OrganizationId = publication.OrganizationId;
        }

        if (OrganizationId is not { } orgId)
        {
            return (null, BadRequest());
        }

        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, ct);
        if (organ is null || (publication is null && !await access.CanViewAsync(orgId, ct)))
        {
            return (null, NotFound());
        }

        if (!await access.CanEditAsync(orgId, ct))
        {
            return (null, StatusCode(StatusCodes.Status403Forbidden));
        }

        OrganizationName = organ.Name;
        foreach (var keeper in publication is null ? [] : numberKeepers)
        {
            NumberKeptAt ??= await keeper.EditUrlAsync(publication!.Id, ct);
        }

        Columns = ColumnTree.Leaves(await columns.EnsureAsync(organ, ct)).ToList();
        return (publication, null);
    }
}
