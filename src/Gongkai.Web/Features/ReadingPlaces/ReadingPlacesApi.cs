using Gongkai.Domain.Calendar;
using Gongkai.Domain.Applications;
using Gongkai.Domain.ReadingPlaces;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ReadingPlaces;

/// <summary><c>/api/v1/reading-places</c>: the public registry (<c>GET</c>, anonymous); staff create
/// places (<c>POST</c>, editor of the organ), log visits (<c>POST /{id}/visits</c>) and register an
/// application received on site (<c>POST /{id}/visits/{visitId}/applications</c>, case handler).</summary>
public static class ReadingPlacesApi
{
    public static void MapReadingPlacesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/reading-places");

        api.MapGet("/", async (int? organization, GongkaiDbContext db, CancellationToken ct) =>
        {
            var places = await ReadingPlaceQueries.PublicAsync(db, organization, ct);
            return Results.Ok(places.Select(p => new
            {
                id = p.Place.Id,
                kind = p.Place.Kind.ToString(),
                kindName = ReadingPlaceTerms.Name(p.Place.Kind),
                name = p.Place.Name,
                organizationId = p.Place.OrganizationId,
                organization = p.Organization,
                address = p.Place.Address,
                hours = p.Place.Hours,
                phone = p.Place.Phone,
                services = ReadingPlaceTerms.Services.Where(s => p.Place.Services.HasFlag(s)).Select(ReadingPlaceTerms.Name),
                equipment = p.Place.Equipment,
                photos = (p.Place.PhotoUrls ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries),
                mapUrl = p.Place.MapUrl,
            }));
        }).AllowAnonymous().WithSummary("政府信息查阅场所：地址、开放时间、电话、提供的服务");

        api.MapPost("/", async (ReadingPlaceInput input, ReadingPlaceService service, CancellationToken ct) =>
        {
            if (!await service.CanEditAsync(input.OrganizationId, ct))
            {
                return Problems.Forbidden("您不是该机关的信息编辑，不能登记其查阅场所。");
            }

            var (place, errors) = await service.SaveAsync(null, input, ct);
            return place is null
                ? Problems.BadRequest("查阅场所信息有误：" + string.Join(" ", errors.Values), errors.ToDictionary(e => e.Key, e => new[] { e.Value }))
                : Results.Created($"/api/v1/reading-places/{place.Id}", new { id = place.Id });
        }).RequireAuthorization(Policies.Staff).WithSummary("登记本机关的政府信息查阅场所");

        api.MapPost("/{id:int}/visits", async (int id, VisitInput input, GongkaiDbContext db, ReadingPlaceService service, CancellationToken ct) =>
        {
            if (await db.Set<ReadingPlace>().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } place)
            {
                return Problems.NotFound("没有这个查阅场所。");
            }

            if (!await service.CanEditAsync(place.OrganizationId, ct))
            {
                return Problems.Forbidden("您不是该机关的信息编辑，不能登记接待记录。");
            }

            var services = (input.Services ?? []).Aggregate(ReadingPlaceServices.None, (all, s) => all | s);
            var (visit, error) = await service.LogVisitAsync(place, input.VisitedOn, input.Visitors, services, input.Note, ct);
            return visit is null ? Problems.Unprocessable(error!) : Results.Created($"/api/v1/reading-places/{id}/visits/{visit.Id}", new { id = visit.Id });
        }).RequireAuthorization(Policies.Staff).WithSummary("登记查阅场所的接待记录（日期、人数、提供的服务）");

        api.MapPost("/{id:int}/visits/{visitId:int}/applications", async (int id, int visitId, ApplicationInput input, GongkaiDbContext db, ReadingPlaceService service, CancellationToken ct) =>
        {
            var place = await db.Set<ReadingPlace>().FirstOrDefaultAsync(p => p.Id == id, ct);
            var visit = await db.Set<ReadingPlaceVisit>().FirstOrDefaultAsync(v => v.Id == visitId && v.PlaceId == id, ct);
            if (place is null || visit is null)
            {
                return Problems.NotFound("没有这条接待记录。");
            }

            try
            {
                var application = await service.RegisterApplicationAsync(place, visit, input, ct);
                return Results.Created($"/api/v1/applications/{application.Id}", new { id = application.Id, trackingCode = application.TrackingCode, channel = ApplicationChannels.Code(application.Channel) });
            }
            catch (ApplicationInputException e)
            {
                return Problems.BadRequest("申请内容不完整或有误：" + e.Message, e.Errors.ToDictionary(x => x.Key, x => new[] { x.Value }));
            }
            catch (ApplicationForbiddenException e)
            {
                return Problems.Forbidden(e.Message);
            }
            catch (CalendarYearNotLoadedException e)
            {
                return Problems.Unprocessable(e.Message);
            }
        }).RequireAuthorization(Policies.Staff).WithSummary("将查阅场所现场收到的申请登记为依申请公开案件（当面提交）");
    }
}

public sealed record VisitInput(DateOnly VisitedOn, int Visitors, IReadOnlyList<ReadingPlaceServices>? Services, string? Note);

public static class ReadingPlaceQueries
{
    public sealed record Line(ReadingPlace Place, string Organization);

    public static async Task<List<Line>> PublicAsync(GongkaiDbContext db, int? organization, CancellationToken ct) =>
        (await db.Set<ReadingPlace>().AsNoTracking().Where(p => p.IsActive && (organization == null || p.OrganizationId == organization))
            .Join(db.Set<Organization>(), p => p.OrganizationId, o => o.Id, (p, o) => new { Place = p, o.Name, o.SortOrder })
            .OrderBy(x => x.Place.Kind).ThenBy(x => x.SortOrder).ThenBy(x => x.Place.Id).ToListAsync(ct))
        .Select(x => new Line(x.Place, x.Name)).ToList();
}
