using Gongkai.Domain.Calendar;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Calendar;

/// <summary>The working-day calendar: built-in official schedules, administrator corrections, and
/// the public API every other system can ask (REGULATIONS.md §2.1, §8).</summary>
public static class CalendarFeature
{
    public static IServiceCollection AddCalendarFeature(this IServiceCollection services)
    {
        services.AddSingleton<CalendarProvider>();
        services.AddPortalEntry(PortalSection.Services, "工作日与期限查询", "/calendar", "法定节假日、调休和按工作日计算的期限", 50);
        services.AddScoped<CalendarStore>();
        services.AddSingleton<IStartupSeeder, CalendarSeeder>();
        return services;
    }

    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/calendar").AllowAnonymous();

        api.MapGet("/years", async (CalendarProvider provider, CancellationToken ct) =>
            Results.Ok(new { years = (await provider.GetAsync(ct)).Years })).WithSummary("已载入工作日历的年份");

        api.MapGet("/days/{date}", async (string date, CalendarProvider provider, CancellationToken ct) =>
        {
            if (!CalendarInput.TryDate(date, "日期", out var day, out var error))
            {
                return Problems.BadRequest(error!);
            }

            var calendar = await provider.GetAsync(ct);
            try
            {
                var info = calendar.Describe(day);
                return Results.Ok(new { date = info.Date, isWorkingDay = info.IsWorkingDay, name = info.Name });
            }
            catch (CalendarYearNotLoadedException ex)
            {
                return Problems.Unprocessable(ex.Message);
            }
        }).WithSummary("查询某一日期是否为工作日及节假日名称");

        api.MapGet("/deadline", async (string? from, string? workingDays, CalendarProvider provider, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (!CalendarInput.TryDate(from, "起算日期", out var start, out var fromError))
            {
                errors["from"] = [fromError!];
            }

            if (!CalendarInput.TryWorkingDays(workingDays, out var n, out var nError))
            {
                errors["workingDays"] = [nError!];
            }

            if (errors.Count > 0)
            {
                return Problems.BadRequest(string.Join(" ", errors.Values.SelectMany(v => v)), errors);
            }

            var calendar = await provider.GetAsync(ct);
            try
            {
                var deadline = calendar.AddWorkingDays(start, n);
                return Results.Ok(new
                {
                    from = deadline.From,
                    workingDays = deadline.WorkingDays,
                    due = deadline.Due,
                    skipped = deadline.Skipped.Select(s => new { date = s.Date, name = s.Name }),
                    explanation = deadline.Explanation,
                });
            }
            catch (CalendarYearNotLoadedException ex)
            {
                return Problems.Unprocessable(ex.Message);
            }
        }).WithSummary("从起算日期按工作日计算期限届满日");
    }
}
