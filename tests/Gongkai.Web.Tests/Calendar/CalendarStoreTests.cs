using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Calendar;

/// <summary>Storage, seeding and cache behaviour, without going through the admin page.</summary>
public sealed class CalendarStoreTests : IDisposable
{
    private readonly GongkaiFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task SaveAsync(int year, string text)
    {
        await using var scope = factory.Scope();
        var result = ScheduleText.Parse(year, text);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        await scope.ServiceProvider.GetRequiredService<CalendarStore>().SaveAsync(result.Schedule!, "管理员录入", "tester");
    }

    private async Task<JsonElement> DayAsync(string date) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/v1/calendar/days/{date}")).RootElement;

    [Fact]
    public async Task Seeding_loads_the_seven_official_years_and_running_again_changes_nothing()
    {
        await factory.Services.InitializeDatabaseAsync();
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(7, await db.Set<CalendarYear>().CountAsync());
            Assert.Equal(OfficialSchedules.All.Sum(s => s.Days.Count), await db.Set<CalendarDay>().CountAsync());
        });
    }

    [Fact]
    public async Task A_saved_new_year_is_used_by_the_next_request_and_audited()
    {
        var before = await factory.CreateClient().GetAsync("/api/v1/calendar/days/2027-02-08");
        Assert.Equal(422, (int)before.StatusCode);

        await SaveAsync(2027, "2027-01-01,off,元旦\n2027-02-06..2027-02-12,off,春节\n2027-02-20,work,春节调休上班\n");

        var day = await DayAsync("2027-02-08");
        Assert.False(day.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal("春节", day.GetProperty("name").GetString());
        await factory.WithDbAsync(async db =>
        {
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.EventType == CalendarStore.YearSavedEvent);
            Assert.Equal("2027", entry.TargetId);
            Assert.Null(entry.Before);
            Assert.Contains("2027-02-20,work,春节调休上班", entry.After);
        });
    }

    [Fact]
    public async Task Replacing_a_year_swaps_its_days_at_once_and_keeps_a_before_summary()
    {
        Assert.True((await DayAsync("2020-10-09")).GetProperty("isWorkingDay").GetBoolean());
        var corrected = ScheduleText.Format(WorkingDayCalendar.Official.Schedule(2020)!) + "2020-10-09,off,测试更正\n";

        await SaveAsync(2020, corrected);

        Assert.Equal("测试更正", (await DayAsync("2020-10-09")).GetProperty("name").GetString());
        Assert.Equal("国庆节、中秋节", (await DayAsync("2020-10-08")).GetProperty("name").GetString());
        await factory.WithDbAsync(async db =>
        {
            var year = await db.Set<CalendarYear>().SingleAsync(y => y.Year == 2020);
            Assert.Equal("tester", year.UpdatedBy);
            Assert.Equal(31, await db.Set<CalendarDay>().CountAsync(d => d.Year == 2020 && d.Kind == ScheduledDayKind.Off));
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.EventType == CalendarStore.YearSavedEvent);
            Assert.Contains("\"offDays\":30", entry.Before);
            Assert.Contains("\"offDays\":31", entry.After);
        });
    }

    [Fact]
    public async Task An_administrators_correction_survives_a_restart_of_the_seeder()
    {
        await SaveAsync(2021, "2021-01-01,off,只有元旦\n");
        await factory.Services.InitializeDatabaseAsync();
        Assert.Equal("只有元旦", (await DayAsync("2021-01-01")).GetProperty("name").GetString());
        Assert.True((await DayAsync("2021-02-11")).GetProperty("isWorkingDay").GetBoolean());
    }

    [Fact]
    public async Task A_year_made_invalid_outside_the_platform_counts_as_not_loaded()
    {
        await factory.WithDbAsync(async db =>
        {
            // A make-up working day on a weekday: invalid, so the year must not be used.
            db.Add(new CalendarDay { Year = 2025, Date = new DateOnly(2025, 3, 5), Kind = ScheduledDayKind.Work, Name = "错误" });
            await db.SaveChangesAsync();
        });
        factory.Services.GetRequiredService<CalendarProvider>().Invalidate();

        var response = await factory.CreateClient().GetAsync("/api/v1/calendar/days/2025-03-05");
        Assert.Equal(422, (int)response.StatusCode);
        var years = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/calendar/years");
        Assert.DoesNotContain(2025, years.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
    }
}
