using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Domain.Tests.NormativeDocuments;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("江津府办发〔2020〕132号")]
    [InlineData("江津府办发﹝2020﹞132号")]
    [InlineData("江津府办发[2020]132号")]
    [InlineData("江津府办发(2020)132号")]
    [InlineData("江津府办发（2020）132号")]
    [InlineData("江津府办发【2020】132号")]
    [InlineData("江津府办发［2020］132号")]
    [InlineData(" 江津府办发 〔2020〕 132 号 ")]
    [InlineData("江津府办发　〔２０２０〕１３２号")]
    [InlineData("江津府办发〔2020〕132")]
    [InlineData("江津府办发〔2020〕第132号")]
    public void Real_variants_parse_to_the_same_number(string value)
    {
        var number = DocumentNumber.Parse(value);

        Assert.Equal(new DocumentNumber("江津府办发", 2020, 132), number);
        Assert.Equal("江津府办发〔2020〕132号", number.ToString());
    }

    [Theory]
    [InlineData("渝府发〔2019〕5号", "渝府发", 2019, 5)]
    [InlineData("江津人社发〔2023〕08号", "江津人社发", 2023, 8)]
    [InlineData("江津府规〔2021〕1号", "江津府规", 2021, 1)]
    public void Prefix_year_and_number_are_read(string value, string prefix, int year, int serial)
    {
        Assert.Equal(new DocumentNumber(prefix, year, serial), DocumentNumber.Parse(value));
    }

    [Theory]
    [InlineData("", "请填写发文字号")]
    [InlineData("   ", "请填写发文字号")]
    [InlineData("江津府办发2020年132号", "格式不正确")]
    [InlineData("〔2020〕132号", "格式不正确")]
    [InlineData("江津府办发〔20〕132号", "格式不正确")]
    [InlineData("江津府办发〔1899〕132号", "年份1899不正确")]
    [InlineData("江津府办发〔2020〕0号", "序号不正确")]
    [InlineData("江津府办发〔2020〕号", "格式不正确")]
    public void Bad_numbers_get_a_Chinese_reason(string value, string expected)
    {
        Assert.False(DocumentNumber.TryParse(value, out var number, out var error));
        Assert.Null(number);
        Assert.Contains(expected, error);
        Assert.Contains(expected, Assert.Throws<DocumentNumberException>(() => DocumentNumber.Parse(value)).Message);
    }
}
