using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>Table 二 is ready for the enforcement feature: when a registered report source gives a
/// row's cells, the row shows its count and source and leaves the editor's “暂无数据来源” list.</summary>
public sealed class AnnualReportSourceReadinessTests(PenaltySourceFactory factory) : IClassFixture<PenaltySourceFactory>
{
    [Fact]
    public async Task A_source_that_gives_table_two_cells_fills_them_and_removes_the_pending_notice_30hao()
    {
        var organ = await factory.NewOrganAsync();
        var editor = await factory.StaffClientAsync(PublicationTestKit.Unique("ar-"), (organ.Id, BusinessRole.Editor));
        var page = new HtmlParser().ParseDocument(await editor.GetStringAsync($"/admin/annual-reports/{organ.Id}/2025"));
        var cell = page.QuerySelector("td[data-cell='proactive.item6/penalty/decisions']")!;
        Assert.Equal("3", cell.TextContent.Trim());
        Assert.Contains("行政执法公示（测试）", cell.GetAttribute("title"));
        var pending = page.QuerySelector("#pending-sources")!;
        Assert.Null(pending.QuerySelector("li[data-row='proactive.item6/penalty']"));
        Assert.Null(pending.QuerySelector("li[data-row='proactive.item6/coercion']"));
    }
}
