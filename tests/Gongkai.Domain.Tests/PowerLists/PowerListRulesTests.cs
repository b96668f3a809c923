using Gongkai.Domain.PowerLists;
using Gongkai.Domain.Text;

namespace Gongkai.Domain.Tests.PowerLists;

public sealed class PowerListRulesTests
{
    [Theory]
    [InlineData("有关法律法规", true)]
    [InlineData("相关法律、法规、规章", true)]
    [InlineData("国家有关规定等", true)]
    [InlineData("《中华人民共和国行政许可法》第十二条", false)]
    [InlineData("有关法律法规：《重庆市城市供水节水条例》第二十条", false)]
    public void A_basis_that_names_no_law_is_vague(string basis, bool vague) => Assert.Equal(vague, VagueBasis.IsVague(basis));

    [Theory]
    [InlineData("行政许可", PowerType.Licence)]
    [InlineData(" 行政 处罚 ", PowerType.Penalty)]
    [InlineData("publicService", PowerType.PublicService)]
    [InlineData("LICENCE", PowerType.Licence)]
    [InlineData("其他权力", PowerType.Other)]
    public void Types_are_read_by_Chinese_name_or_code(string text, PowerType type) => Assert.Equal(type, PowerTypes.Parse(text));

    [Fact]
    public void Every_type_has_a_name_and_a_code_that_read_back()
    {
        foreach (var type in PowerTypes.InOrder)
        {
            Assert.Equal(type, PowerTypes.Parse(PowerTypes.Name(type)));
            Assert.Equal(type, PowerTypes.Parse(PowerTypes.Code(type)));
        }

        Assert.Null(PowerTypes.Parse("行政审核"));
    }

    [Fact]
    public void Full_width_codes_are_the_same_code() =>
        Assert.Equal("000123456QL", PowerItemCode.Normalize(" ０００１２３４５６ｑｌ\u3000"));

    [Fact]
    public void The_header_is_found_below_a_title_and_a_two_row_header_under_merged_cells_is_read()
    {
        IReadOnlyList<string?>[] cells =
        [
            ["某某局权责清单"],
            [],
            ["序号", "事项\n名称", "事项编码", "权力类型", "设定依据", "实施主体", null],
            [null, null, null, null, null, "实施机关", "承办科室"],
            ["1", "某许可", "ＡＢ１", "行政许可", "《行政许可法》第十二条", "某某局", "审批科"],
            [null, null, null, null, null, null, null],
            ["2", "某处罚", "AB2", "行政处罚", "《行政处罚法》第八条", "某某局", "执法队"],
        ];
        var sheet = PowerListReader.Read(cells);
        Assert.Null(sheet.Error);
        Assert.Equal([5, 7], sheet.Rows.Select(r => r.Row));
        Assert.Equal("AB1", sheet.Rows[0].Item!.Code);
        Assert.Equal("审批科", sheet.Rows[0].Item!.HandlingUnit);
        Assert.Equal("某某局", sheet.Rows[1].Item!.Subject);
    }

    [Fact]
    public void A_sheet_without_a_name_column_is_not_a_power_list()
    {
        IReadOnlyList<string?>[] cells = [["事项编码", "权力类型", "设定依据"], ["A1", "行政许可", "《行政许可法》第十二条"]];
        Assert.StartsWith("第 1 行是表头，但缺少“事项名称”列", PowerListReader.Read(cells).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_cells_keep_quoted_commas_line_breaks_and_blank_lines()
    {
        var rows = CsvCells.Parse("a,\"b,c\"\r\n\r\n\"d\"\"e\",\"f\ng\"\n");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["a", "b,c"], rows[0]);
        Assert.Equal(["d\"e", "f\ng"], rows[2]);
    }

    [Theory]
    [InlineData(null, "2026-12-10", "2026-12-09", true)]
    [InlineData(null, "2026-12-10", "2026-12-10", false)]
    [InlineData("2026-12-10", null, "2026-12-09", false)]
    [InlineData("2026-12-10", null, "2026-12-10", true)]
    public void An_item_is_current_from_its_effective_date_until_the_day_before_it_ends(string? from, string? ends, string today, bool current) =>
        Assert.Equal(current, PowerItemVisibility.IsCurrent(from is null ? null : DateOnly.Parse(from), ends is null ? null : DateOnly.Parse(ends), DateOnly.Parse(today)));
}
