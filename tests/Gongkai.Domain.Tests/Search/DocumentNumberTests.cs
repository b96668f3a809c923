using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Domain.Tests.Search;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("江津府办发〔2026〕12号")]
    [InlineData("江津府办发﹝2026﹞12号")]
    [InlineData("江津府办发[2026]12号")]
    [InlineData("江津府办发(2026)12号")]
    [InlineData("江津府办发（2026）12号")]
    [InlineData("江津府办发【2026】12号")]
    [InlineData("江津府办发［２０２６］１２号")]
    [InlineData(" 江津府办发 〔2026〕 第12号 ")]
    public void Every_bracket_spelling_reads_as_one_document_number(string text)
    {
        var number = DocumentNumber.TryParse(text);
        Assert.NotNull(number);
        Assert.Equal(new DocumentNumber("江津府办发", 2026, 12), number);
        Assert.Equal("江津府办发〔2026〕12号", number!.ToString());
    }

    [Theory]
    [InlineData("江津府办发")]
    [InlineData("〔2026〕12号")]
    [InlineData("关于做好政务公开工作的通知")]
    [InlineData("")]
    public void Other_text_is_not_a_document_number(string text) => Assert.Null(DocumentNumber.TryParse(text));
}
