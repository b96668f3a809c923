using System.Globalization;
using Gongkai.Domain.Applications;
using Gongkai.Domain.ReadingPlaces;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ReadingPlaces;

/// <summary>The registry of reading places and their visit logs. An organ's editors keep its places
/// and log visits; an application received on site is registered by the organ's case handler
/// through <see cref="ApplicationSubmission"/> (channel 当面提交, received on the visit's date), so its
/// clock runs like any other case. Every change is audited.</summary>
public sealed class ReadingPlaceService(GongkaiDbContext db, StaffAccess staff, ApplicationSubmission applications, AuditTrail audit, ReadingPlaceCache cache, TimeProvider clock)
{
    private const string TargetType = "readingPlace";

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct) => staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    public Task<bool> CanViewAsync(int organizationId, CancellationToken ct) => staff.CanReadAsync(organizationId, ct);

    public async Task<(ReadingPlace? Place, Dictionary<string, string> Errors)> SaveAsync(int? id, ReadingPlaceInput input, CancellationToken ct)
    {
        var place = id is { } existing
            ? await db.Set<ReadingPlace>().FirstOrDefaultAsync(p => p.Id == existing, ct)
            : new ReadingPlace { Name = "", Address = "" };
        if (place is null)
        {
            return (null, new() { [""] = "没有这个查阅场所。" });
        }

        if (id is not null)
        {
            input.OrganizationId = place.OrganizationId;
        }

        var before = id is null ? null : Snapshot(place);
        var errors = input.ApplyTo(place);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (id is null)
        {
            db.Add(place);
            await db.SaveChangesAsync(ct);
        }

        audit.Record(id is null ? "readingPlace.created" : "readingPlace.updated", targetType: TargetType, targetId: Id(place.Id),
            organizationId: place.OrganizationId, before: before, after: Snapshot(place));
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return (place, errors);
    }

    public async Task<(ReadingPlaceVisit? Visit, string? Error)> LogVisitAsync(ReadingPlace place, DateOnly visitedOn, int visitors, ReadingPlaceServices services, string? note, CancellationToken ct)
    {
        if (visitedOn > ChinaTime.Today(clock))
        {
            return (null, "接待日期不能晚于今天。");
        }

        if (visitors is < 0 or > 100_000)
        {
            return (null, "接待人数应为0至100000之间的整数。");
        }

        var visit = new ReadingPlaceVisit
        {
            PlaceId = place.Id,
            VisitedOn = visitedOn,
            Visitors = visitors,
            Services = services,
            Note = note?.Trim() is { Length: > 0 } n ? n[..Math.Min(n.Length, 1000)] : null,
            RecordedBy = staff.User.Identity?.Name,
            RecordedAt = clock.GetUtcNow(),
        };
        db.Add(visit);
        await db.SaveChangesAsync(ct);
        audit.Record("readingPlace.visitLogged", targetType: TargetType, targetId: Id(place.Id), organizationId: place.OrganizationId,
            after: new { visit.Id, visit.VisitedOn, visit.Visitors, services = ReadingPlaceTerms.Describe(services) });
        await db.SaveChangesAsync(ct);
        return (visit, null);
    }

    /// <summary>Registers an application received during <paramref name="visit"/>: channel 当面提交,
    /// received on the visit's day, for the organ that runs the place. Throws what
    /// <see cref="ApplicationSubmission.SubmitAsync(ApplicationInput, bool, CancellationToken)"/> throws
    /// (<see cref="ApplicationInputException"/> with Chinese messages; forbidden for non-handlers).</summary>
    public async Task<DisclosureApplication> RegisterApplicationAsync(ReadingPlace place, ReadingPlaceVisit visit, ApplicationInput input, CancellationToken ct)
    {
        input.Organization = place.OrganizationId.ToString(CultureInfo.InvariantCulture);
        input.Channel = ApplicationChannels.Code(ApplicationChannel.InPerson);
        input.ReceivedOn = visit.VisitedOn;
        var result = await applications.SubmitAsync(input, byStaff: true, ct);
        if (!await db.Set<ReadingPlaceApplication>().AnyAsync(a => a.ApplicationId == result.Application.Id, ct))
        {
            db.Add(new ReadingPlaceApplication { VisitId = visit.Id, ApplicationId = result.Application.Id });
            audit.Record("readingPlace.applicationRegistered", targetType: TargetType, targetId: Id(place.Id), organizationId: place.OrganizationId,
                after: new { visitId = visit.Id, application = result.Application.TrackingCode });
            await db.SaveChangesAsync(ct);
        }

        return result.Application;
    }

    private static object Snapshot(ReadingPlace p) => new { p.Kind, p.Name, p.Address, p.Hours, p.Phone, services = ReadingPlaceTerms.Describe(p.Services), p.Equipment, p.MapUrl };

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
