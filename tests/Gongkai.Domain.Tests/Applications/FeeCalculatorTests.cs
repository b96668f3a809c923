using Gongkai.Domain.Applications;

namespace Gongkai.Domain.Tests.Applications;

public class FeeCalculatorTests
{
    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(0, 11, 100)]
    [InlineData(0, 30, 2000)]
    [InlineData(0, 35, 3000)] // 20 × 100 + 5 × 200
    [InlineData(10, 1, 100)] // the 11th item of the month
    [InlineData(40, 1, 300)] // the 41st item
    [InlineData(30, 20, 5000)] // 31–40 at 200, 41–50 at 300
    public void By_item_counts_the_applicants_items_of_the_calendar_month_progressively(int earlier, int items, int expected)
    {
        Assert.Equal(expected, FeeCalculator.ByItem(earlier, items).Amount);
    }

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(150, 1700)] // 70 × 10 + 50 × 20
    [InlineData(250, 4700)] // 700 + 2000 + 50 × 40
    public void By_volume_charges_each_page_band_only_for_its_own_pages(int pages, int expected)
    {
        Assert.Equal(expected, FeeCalculator.ByVolume(pages).Amount);
    }

    [Fact]
    public void Quote_explains_itself()
    {
        Assert.Equal("未超过免费额度，不收费。", FeeCalculator.ByVolume(20).Explanation);
        Assert.Contains("第101至150页：50页×20元=1000元", FeeCalculator.ByVolume(150).Explanation);
    }
}
