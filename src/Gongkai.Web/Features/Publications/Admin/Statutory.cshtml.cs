using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Admin;

/// <summary>/admin/publications/statutory?org={id}: the district office decides which statutory
/// items (《条例》第二十条、第二十一条) an organ holds, and so which columns its platform has.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class StatutoryColumnsModel(GongkaiDbContext db, StatutoryColumns service) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int? OrganizationId { get; set; }

    [BindProperty]
    public List<string> Items { get; set; } = [];

    public List<Organization> Organs { get; private set; } = [];

    public Organization? Organ { get; private set; }

    public Dictionary<string, StatutoryAssignment> Assignments { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }

        if (Organ is null)
        {
            return NotFound();
        }

        try
        {
            Error = await service.SetAsync(Organ, Items, ct);
        }
        catch (PublicationForbiddenException)
        {
            return Forbid();
        }

        if (Error is not null)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Message = $"已保存{Organ.Name}的法定主动公开栏目。";
        return Redirect($"/admin/publications/statutory?org={Organ.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!await service.MayManageAsync(ct))
        {
            return Forbid();
        }

        Organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind != OrganizationKind.Party)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        if (OrganizationId is { } id)
        {
            Organ = Organs.FirstOrDefault(o => o.Id == id);
            if (Organ is null)
            {
                return NotFound();
            }

            Assignments = (await service.ForAsync(Organ, ct)).ToDictionary(a => a.ItemKey);
        }

        return null;
    }

    public bool IsAssigned(StatutoryItem item) =>
        Request.HasFormContentType && Error is not null ? Items.Contains(item.Key) : Assignments.TryGetValue(item.Key, out var a) && a.Assigned;
}
