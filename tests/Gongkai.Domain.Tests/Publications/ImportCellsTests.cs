using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.Publications;

public sealed class ImportCellsTests
{
    [Theory]
    [InlineData("2019-03-05")]
    [InlineData("2019/3/5")]
    [InlineData("2019年3月5日")]
    public void Date_text_in_the_usual_forms_is_read(string text)
    {
        Assert.Equal(new DateOnly(2019, 3, 5), ImportCells.ParseDate(text, "成文日期", out var error));
        Assert.Null(error);
    }

    [Fact]
    public void Excel_date_cells_and_serial_numbers_are_read()
    {
        Assert.Equal(new DateOnly(2019, 3, 5), ImportCells.ParseDate(new DateTime(2019, 3, 5), "发布日期", out _));
        Assert.Equal(new DateOnly(2019, 3, 5), ImportCells.ParseDate(43529d, "发布日期", out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("2019-13-01")]
    [InlineData("去年三月")]
    public void A_bad_date_names_the_column(string text)
    {
        Assert.Null(ImportCells.ParseDate(text, "发布日期", out var error));
        Assert.Contains("发布日期", error);
    }

    [Fact]
    public void A_fractional_number_or_a_boolean_is_not_a_date()
    {
        Assert.Null(ImportCells.ParseDate(3.5d, "成文日期", out var error));
        Assert.NotNull(error);
        Assert.Null(ImportCells.ParseDate(true, "成文日期", out error));
        Assert.Contains("类型", error);
    }

    [Fact]
    public void Blank_date_is_null_without_error()
    {
        Assert.Null(ImportCells.ParseDate("  ", "成文日期", out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("7", "item-7")]
    [InlineData("第二十条第（七）项", "item-7")]
    [InlineData("第（七）项", "item-7")]
    [InlineData("item-21-shizheng", "item-21-shizheng")]
    [InlineData("Guide", "guide")]
    [InlineData("16", "16")]
    public void Category_accepts_item_numbers_and_column_keys(string cell, string key)
    {
        Assert.Equal(key, ImportCells.CategoryKey(cell));
    }

    [Fact]
    public void Plain_text_becomes_encoded_paragraphs()
    {
        Assert.Equal("<p>第一段</p><p>a &lt;b&gt;</p>", ImportCells.TextToParagraphs("第一段\r\n\r\n  a <b>  \n"));
    }
}
