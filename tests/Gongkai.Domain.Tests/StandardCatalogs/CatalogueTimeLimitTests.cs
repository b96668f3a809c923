using Gongkai.Domain.StandardCatalogs;

namespace Gongkai.Domain.Tests.StandardCatalogs;

public sealed class CatalogueTimeLimitTests
{
    [Theory]
    [InlineData("自信息形成或者变更之日起20个工作日内", TimeLimitKind.WorkingDays, 20, 12)]
    [InlineData("10个工作日内", TimeLimitKind.WorkingDays, 10, 12)]
    [InlineData("自信息形成之日起 ５ 个工作日内", TimeLimitKind.WorkingDays, 5, 12)]
    [InlineData("信息形成后十五个工作日内公开", TimeLimitKind.WorkingDays, 15, 12)]
    [InlineData("实时公开", TimeLimitKind.Realtime, 1, 12)]
    [InlineData("及时公开", TimeLimitKind.Prompt, 20, 12)]
    [InlineData("每季度公开", TimeLimitKind.Quarterly, 20, 3)]
    [InlineData("每年3月31日前", TimeLimitKind.Yearly, 20, 12)]
    [InlineData("每月10日前", TimeLimitKind.Monthly, 20, 1)]
    public void Reads_the_limits_catalogues_print(string text, TimeLimitKind kind, int days, int months)
    {
        var limit = CatalogueTimeLimit.Parse(text);
        Assert.Equal(kind, limit.Kind);
        Assert.Equal(days, limit.ItemWorkingDays);
        Assert.Equal(months, limit.PeriodMonths);
        Assert.Null(limit.Warning);
    }

    [Theory]
    [InlineData("项目开工前择机")]
    [InlineData("")]
    [InlineData(null)]
    public void Unreadable_text_counts_as_Art_26_with_a_warning(string? text)
    {
        var limit = CatalogueTimeLimit.Parse(text);
        Assert.Equal(TimeLimitKind.Unparsed, limit.Kind);
        Assert.Equal(20, limit.ItemWorkingDays);
        Assert.Contains("20个工作日", limit.Warning);
    }
}

public sealed class DisclosureChannelsTests
{
    [Fact]
    public void Printed_checkboxes_count_only_the_ticked_channels()
    {
        var (channels, unknown) = DisclosureChannels.Parse("■政府网站 □两微一端 ■社区/企事业单位/村公示栏（电子屏） □发布会/听证会");
        Assert.Equal(DisclosureChannel.GovernmentWebsite | DisclosureChannel.NoticeBoard, channels);
        Assert.Empty(unknown);
    }

    [Fact]
    public void A_list_with_an_unknown_channel_returns_it_to_be_kept()
    {
        var (channels, unknown) = DisclosureChannels.Parse("政府网站、政务微信、村村响大喇叭");
        Assert.Equal(DisclosureChannel.GovernmentWebsite | DisclosureChannel.WeiboWeChatApp, channels);
        Assert.Equal(["村村响大喇叭"], unknown);
    }
}

public sealed class CatalogueReaderTests
{
    [Fact]
    public void Reads_the_published_two_row_header_with_ticked_sub_columns()
    {
        // As MiniExcel hands over merged cells: each cell of a merged range holds the value.
        string?[][] sheet =
        [
            ["某镇社会救助领域基层政务公开标准目录", "某镇社会救助领域基层政务公开标准目录", "", "", "", "", "", "", "", "", "", "", "", ""],
            ["序号", "公开事项", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开对象", "公开方式", "公开方式", "公开层级", "公开层级"],
            ["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"],
            ["1", "最低生活保障", "低保对象认定", "认定条件", "《社会救助暂行办法》", "实时公开", "镇政府", "■政府网站 ■便民服务站", "√", "", "√", "", "", "√"],
            ["2", "", "低保资金发放", "发放标准", "《社会救助暂行办法》", "每季度", "镇政府", "■公示栏", "", "√", "", "√", "√", "√"],
        ];
        var result = CatalogueReader.Read(sheet.Select(r => (IReadOnlyList<string?>)r).ToList());
        Assert.Null(result.Error);
        Assert.Equal(2, result.Rows.Count);
        var first = result.Rows[0];
        Assert.Equal(4, first.Row);
        Assert.Equal(TimeLimitKind.Realtime, first.TimeLimit.Kind);
        Assert.Equal(DisclosureChannel.GovernmentWebsite | DisclosureChannel.ServiceStation, first.Channels);
        Assert.Equal(CatalogueMode.Proactive, first.Mode);
        Assert.Equal(CatalogueLevel.Town, first.Level);
        var second = result.Rows[1];
        Assert.Equal("最低生活保障", second.Input.Level1);
        Assert.Equal(CatalogueAudience.SpecificGroup, second.Audience);
        Assert.Equal(CatalogueMode.OnApplication, second.Mode);
        Assert.Equal(CatalogueLevel.District | CatalogueLevel.Town, second.Level);
        Assert.Empty(result.Rows.SelectMany(r => r.Warnings));
    }
}
