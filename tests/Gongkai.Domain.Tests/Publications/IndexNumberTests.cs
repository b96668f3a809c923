using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.Publications;

public sealed class IndexNumberTests
{
    [Fact]
    public void Formats_as_credit_code_slash_year_dash_five_digit_serial()
    {
        Assert.Equal("11500116MB1234567X/2026-00012", IndexNumber.Create("11500116mb1234567x", 7, 2026, 12).ToString());
    }

    [Fact]
    public void An_organ_without_credit_code_gets_an_eighteen_character_placeholder_from_its_id()
    {
        var number = IndexNumber.Create(null, 42, 2026, 1);
        Assert.Equal("JJ0000000000000042/2026-00001", number.ToString());
        Assert.True(number.HasPlaceholderCode);
        Assert.NotEqual(IndexNumber.Create(" ", 43, 2026, 1).ToString(), number.ToString());
    }

    [Fact]
    public void Parse_reads_back_what_was_formatted()
    {
        var number = IndexNumber.Create("11500116MB1234567X", 1, 2020, 123);
        Assert.Equal(number, IndexNumber.Parse(number.ToString()));
        Assert.Equal(123, IndexNumber.Parse("11500116MB1234567X/2020-00123").Serial);
    }

    [Fact]
    public void Serials_beyond_five_digits_still_round_trip()
    {
        var number = IndexNumber.Create("11500116MB1234567X", 1, 2020, 123456);
        Assert.Equal("11500116MB1234567X/2020-123456", number.ToString());
        Assert.Equal(number, IndexNumber.Parse(number.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("11500116MB1234567X-2020-00123")]
    [InlineData("115001/2020-00123")]
    [InlineData("11500116MB1234567X/20-00123")]
    [InlineData("11500116MB1234567X/2020-123")]
    [InlineData("11500116MB1234567X/2020-00000")]
    public void Malformed_numbers_do_not_parse(string text)
    {
        Assert.False(IndexNumber.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => IndexNumber.Parse(text));
        Assert.Contains("索引号", error.Message);
    }

    [Fact]
    public void Serial_starts_at_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexNumber.Create("11500116MB1234567X", 1, 2026, 0));
    }
}
