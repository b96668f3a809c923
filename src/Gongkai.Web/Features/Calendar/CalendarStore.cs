using Gongkai.Domain.Calendar;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Calendar;

/// <summary>Reads and replaces year schedules in the database. Saving replaces the whole year in
/// one transaction together with its audit entry, then tells <see cref="CalendarProvider"/> to
/// reload, so every deadline computed afterwards uses the new schedule.</summary>
public sealed class CalendarStore(GongkaiDbContext db, AuditTrail audit, CalendarProvider provider, TimeProvider clock, ILogger<CalendarStore> log)
{
    public const string YearSavedEvent = "calendar.yearSaved";

    /// <summary>Every stored year that is a valid schedule. An invalid stored year (changed outside
    /// the platform) is logged and left out, so it counts as not loaded instead of answering wrongly.</summary>
    public async Task<IReadOnlyList<YearSchedule>> LoadAsync(CancellationToken ct = default)
    {
        var years = await db.Set<CalendarYear>().AsNoTracking().Include(y => y.Days).ToListAsync(ct);
        var schedules = new List<YearSchedule>();
        foreach (var year in years)
        {
            var days = year.Days.Select(d => new ScheduledDay(d.Date, d.Kind, d.Name)).ToList();
            var errors = YearSchedule.Validate(year.Year, days);
            if (errors.Count > 0)
            {
                log.LogError("Stored calendar year {Year} is invalid and is ignored: {Errors}", year.Year, string.Join(" ", errors));
                continue;
            }

            schedules.Add(YearSchedule.Create(year.Year, days));
        }

        return schedules;
    }

    public Task<List<CalendarYear>> YearsAsync(CancellationToken ct = default) =>
        db.Set<CalendarYear>().AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(ct);

    /// <summary>Replaces the year's schedule (or adds the year) atomically, with an audit entry
    /// holding a before/after summary.</summary>
    public async Task SaveAsync(YearSchedule schedule, string source, string? userName, CancellationToken ct = default)
    {
        var existing = await db.Set<CalendarYear>().Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == schedule.Year, ct);
        object? before = null;
        if (existing is not null)
        {
            before = Summary(existing.Source, existing.Days.Select(d => new ScheduledDay(d.Date, d.Kind, d.Name)).OrderBy(d => d.Date).ToList());
            db.RemoveRange(existing.Days);
            db.Remove(existing);

            // Deletes must reach the database before the new rows reuse the same dates (unique index).
            // Both saves run inside one transaction, so a failure leaves the old schedule in place.
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (existing is not null)
            {
                await db.SaveChangesAsync(ct);
            }

            db.Add(ToEntity(schedule, source, clock.GetUtcNow(), userName));
            audit.Record(YearSavedEvent, targetType: "CalendarYear", targetId: schedule.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                before: before, after: Summary(source, schedule.Days), detail: $"{schedule.Year}年节假日安排（{source}）");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        provider.Invalidate();
    }

    internal static CalendarYear ToEntity(YearSchedule schedule, string source, DateTimeOffset at, string? updatedBy) => new()
    {
        Year = schedule.Year,
        Source = source,
        UpdatedAt = at,
        UpdatedBy = updatedBy,
        Days = schedule.Days.Select(d => new CalendarDay { Year = schedule.Year, Date = d.Date, Kind = d.Kind, Name = d.Name }).ToList(),
    };

    private static object Summary(string source, IReadOnlyList<ScheduledDay> days) => new
    {
        source,
        offDays = days.Count(d => d.Kind == ScheduledDayKind.Off),
        makeUpDays = days.Count(d => d.Kind == ScheduledDayKind.Work),
        text = string.Join("\n", days.Select(d => $"{d.Date:yyyy-MM-dd},{(d.Kind == ScheduledDayKind.Off ? "off" : "work")},{d.Name}")),
    };
}
