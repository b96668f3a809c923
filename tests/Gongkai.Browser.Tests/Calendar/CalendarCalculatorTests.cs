using Gongkai.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Calendar;

/// <summary>The deadline calculator as a citizen uses it: a date picker, a number, a button.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalendarCalculatorTests(BrowserApp app)
{
    [Fact]
    public async Task Twenty_working_days_from_25_September_2020_end_on_29_October_skipping_National_Day()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/calendar");

        await page.GetByLabel("起算日期").FillAsync("2020-09-25");
        await page.GetByLabel("工作日天数").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算期限" }).ClickAsync();

        await Assertions.Expect(page.Locator("#calc-due")).ToHaveTextAsync("2020-10-29");
        var result = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(result).ToContainTextAsync("期限届满日为2020年10月29日");
        await Assertions.Expect(result).ToContainTextAsync("国庆节");

        var skipped = page.Locator(".calendar-skipped tbody tr");
        var nationalDay = skipped.Filter(new() { HasText = "国庆节" });
        Assert.Equal(8, await nationalDay.CountAsync());
        await Assertions.Expect(nationalDay.First).ToContainTextAsync("2020-10-01");
        await Assertions.Expect(nationalDay.Last).ToContainTextAsync("2020-10-08");

        // The result is a plain GET, so it can be bookmarked and shared.
        Assert.Contains("from=2020-09-25", page.Url);
        Assert.Contains("workingDays=20", page.Url);
    }
}
