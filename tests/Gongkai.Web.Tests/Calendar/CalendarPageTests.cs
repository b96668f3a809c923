using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Calendar;

public sealed class CalendarPageTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<IHtmlDocument> PageAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return new HtmlParser().ParseDocument(html);
    }

    [Fact]
    public async Task Calendar_page_shows_twelve_captioned_month_grids_marking_off_and_make_up_days()
    {
        var doc = await PageAsync("/calendar?year=2020");
        var months = doc.QuerySelectorAll(".calendar-month table");
        Assert.Equal(12, months.Length);
        Assert.Equal("2020年1月", months[0].QuerySelector("caption")!.TextContent.Trim());
        Assert.All(months, m => Assert.Equal(7, m.QuerySelectorAll("th[scope=col]").Length));

        var offCells = doc.QuerySelectorAll("td.off");
        Assert.Equal(30, offCells.Length);
        var workCells = doc.QuerySelectorAll("td.work");
        Assert.Equal(6, workCells.Length);
        Assert.Contains(workCells, c => c.GetAttribute("title") == "春节调休上班" && c.TextContent.Contains("19"));
        Assert.Contains(doc.QuerySelectorAll(".calendar-spans td"), td => td.TextContent == "1月24日至2月2日（10天）");
    }

    [Fact]
    public async Task Calculator_shows_the_due_date_and_the_holidays_it_skipped()
    {
        var doc = await PageAsync("/calendar?year=2020&from=2020-09-30&workingDays=2");
        Assert.Equal("2020-10-10", doc.QuerySelector("#calc-due")!.TextContent);
        var rows = doc.QuerySelectorAll(".calendar-skipped tbody tr");
        Assert.Equal(8, rows.Length);
        Assert.Contains("国庆节、中秋节", rows[0].TextContent);
        Assert.Equal("2020-09-30", doc.QuerySelector("#calc-from")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("from=2020-02-30&workingDays=5", "不是有效日期")]
    [InlineData("from=2020-02-03&workingDays=0", "1 至 366")]
    [InlineData("from=2026-12-20&workingDays=20", "2027年的节假日安排尚未录入")]
    public async Task Calculator_explains_bad_input_in_Chinese(string query, string message)
    {
        var doc = await PageAsync("/calendar?" + query);
        Assert.Contains(message, doc.QuerySelector(".message.error")!.TextContent);
        Assert.Null(doc.QuerySelector("#calc-due"));
    }

    [Fact]
    public async Task A_year_with_no_schedule_says_so_instead_of_showing_weekends_only()
    {
        var doc = await PageAsync("/calendar?year=2030");
        Assert.Contains("2030年的节假日安排尚未录入", doc.QuerySelector(".message.error")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll(".calendar-month"));
        Assert.Equal(7, doc.QuerySelectorAll("nav[aria-label=选择年份] a, nav[aria-label=选择年份] span").Length);
    }

    [Fact]
    public async Task Without_a_year_the_page_shows_the_current_year_in_China()
    {
        // The factory's clock is 2026-11-27.
        var doc = await PageAsync("/calendar");
        Assert.Equal("2026年1月", doc.QuerySelector(".calendar-month caption")!.TextContent.Trim());
    }

    [Fact]
    public async Task Calendar_page_has_no_inline_style_or_script()
    {
        var html = await factory.CreateClient().GetStringAsync("/calendar?year=2024&from=2024-09-27&workingDays=20");
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<script", html);
    }
}
