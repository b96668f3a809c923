using Gongkai.Domain.Calendar;
using Gongkai.Domain.ReadingPlaces;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ReadingPlaces.Admin;

/// <summary>/admin/reading-places/{id}: the place's visit log; an application received during a visit
/// is registered from here as a case (当面提交) by the organ's case handler.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReadingPlaceAdminModel(GongkaiDbContext db, ReadingPlaceService service) : PageModel
{
    public ReadingPlace Place { get; private set; } = null!;

    public List<ReadingPlaceVisit> Visits { get; private set; } = [];

    public Dictionary<int, List<(int Id, string Code)>> Applications { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public List<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public ApplicationInput Application { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostVisitAsync(int id, DateOnly? visitedOn, int? visitors, ReadingPlaceServices[] services, string? note, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        if (visitedOn is null || visitors is null)
        {
            Errors.Add("请填写接待日期和人数。");
            return Page();
        }

        var (_, error) = await service.LogVisitAsync(Place, visitedOn.Value, visitors.Value, services.Aggregate(ReadingPlaceServices.None, (a, s) => a | s), note, ct);
        if (error is not null)
        {
            Errors.Add(error);
            return Page();
        }

        Message = "接待记录已登记。";
        return Redirect($"/admin/reading-places/{id}");
    }

    public async Task<IActionResult> OnPostApplicationAsync(int id, int visitId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var visit = Visits.FirstOrDefault(v => v.Id == visitId);
        if (visit is null)
        {
            return NotFound();
        }

        try
        {
            var application = await service.RegisterApplicationAsync(Place, visit, Application, ct);
            Message = $"已登记为依申请公开案件 {application.TrackingCode}（当面提交）。";
            return Redirect($"/admin/reading-places/{id}");
        }
        catch (ApplicationInputException e)
        {
            Errors.AddRange(e.Errors.Values);
        }
        catch (ApplicationForbiddenException e)
        {
            Errors.Add(e.Message);
        }
        catch (CalendarYearNotLoadedException e)
        {
            Errors.Add(e.Message);
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var place = await db.Set<ReadingPlace>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (place is null)
        {
            return NotFound();
        }

        if (!await service.CanViewAsync(place.OrganizationId, ct))
        {
            return Forbid();
        }

        Place = place;
        CanEdit = await service.CanEditAsync(place.OrganizationId, ct);
        Visits = await db.Set<ReadingPlaceVisit>().AsNoTracking().Where(v => v.PlaceId == id).OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id).Take(200).ToListAsync(ct);
        var visitIds = Visits.Select(v => v.Id).ToList();
        Applications = (await db.Set<ReadingPlaceApplication>().AsNoTracking().Where(a => visitIds.Contains(a.VisitId))
                .Join(db.Set<DisclosureApplication>(), a => a.ApplicationId, d => d.Id, (a, d) => new { a.VisitId, d.Id, d.TrackingCode }).ToListAsync(ct))
            .GroupBy(x => x.VisitId).ToDictionary(g => g.Key, g => g.Select(x => (x.Id, x.TrackingCode)).ToList());
        return null;
    }
}
