using System.Net;
using System.Text.Json;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Calendar;

public sealed class CalendarApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement);
    }

    [Theory]
    [InlineData("2020-01-19", true, "春节调休上班")]
    [InlineData("2020-09-27", true, "国庆节、中秋节调休上班")]
    [InlineData("2020-02-01", false, "春节")]
    [InlineData("2020-10-08", false, "国庆节、中秋节")]
    [InlineData("2022-12-31", false, "元旦")]
    [InlineData("2026-02-14", true, "春节调休上班")]
    [InlineData("2024-03-02", false, null)]
    [InlineData("2024-03-04", true, null)]
    public async Task Days_answers_from_the_built_in_official_schedules(string date, bool isWorkingDay, string? name)
    {
        var (status, body) = await GetJsonAsync($"/api/v1/calendar/days/{date}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(date, body.GetProperty("date").GetString());
        Assert.Equal(isWorkingDay, body.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal(name, body.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("2020-13-01")]
    [InlineData("2020-02-30")]
    [InlineData("2020-2-1")]
    [InlineData("today")]
    public async Task Days_refuses_a_malformed_date_with_400_and_a_Chinese_problem(string date)
    {
        var (status, body) = await GetJsonAsync($"/api/v1/calendar/days/{date}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("不是有效日期", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Days_in_a_year_with_no_schedule_is_422_never_a_weekend_only_answer()
    {
        var (status, body) = await GetJsonAsync("/api/v1/calendar/days/2031-05-01");
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Contains("2031年的节假日安排尚未录入", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Deadline_across_national_day_2020_lists_the_skipped_days_with_names()
    {
        var (status, body) = await GetJsonAsync("/api/v1/calendar/deadline?from=2020-09-30&workingDays=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2020-09-30", body.GetProperty("from").GetString());
        Assert.Equal(2, body.GetProperty("workingDays").GetInt32());
        Assert.Equal("2020-10-10", body.GetProperty("due").GetString());
        var skipped = body.GetProperty("skipped").EnumerateArray().ToList();
        Assert.Equal(8, skipped.Count);
        Assert.Equal("2020-10-01", skipped[0].GetProperty("date").GetString());
        Assert.All(skipped, s => Assert.Equal("国庆节、中秋节", s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Deadline_names_ordinary_weekends_in_skipped()
    {
        var (_, body) = await GetJsonAsync("/api/v1/calendar/deadline?from=2024-03-01&workingDays=1");
        Assert.Equal("2024-03-04", body.GetProperty("due").GetString());
        Assert.Equal(["周六", "周日"], body.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Deadline_across_the_extended_2020_spring_festival()
    {
        var (_, body) = await GetJsonAsync("/api/v1/calendar/deadline?from=2020-01-23&workingDays=20");
        Assert.Equal("2020-02-28", body.GetProperty("due").GetString());
    }

    [Theory]
    [InlineData("from=2020-09-31&workingDays=2", "from", "不是有效日期")]
    [InlineData("workingDays=2", "from", "请填写起算日期")]
    [InlineData("from=2020-09-30&workingDays=0", "workingDays", "1 至 366")]
    [InlineData("from=2020-09-30&workingDays=367", "workingDays", "1 至 366")]
    [InlineData("from=2020-09-30&workingDays=-3", "workingDays", "1 至 366")]
    [InlineData("from=2020-09-30&workingDays=abc", "workingDays", "1 至 366")]
    [InlineData("from=2020-09-30", "workingDays", "请填写工作日天数")]
    public async Task Deadline_refuses_bad_input_with_400_naming_the_field(string query, string field, string message)
    {
        var (status, body) = await GetJsonAsync("/api/v1/calendar/deadline?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, body.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Contains(message, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Deadline_running_into_an_unloaded_year_is_422()
    {
        var (status, body) = await GetJsonAsync("/api/v1/calendar/deadline?from=2026-12-20&workingDays=20");
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Contains("2027年的节假日安排尚未录入", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Years_lists_the_loaded_years()
    {
        var (_, body) = await GetJsonAsync("/api/v1/calendar/years");
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], body.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
    }
}
