using System.Globalization;
using Gongkai.Web.Data;

namespace Gongkai.Web.Tests.Storage;

/// <summary>Times on SQLite are text in one fixed form; reading them back must give the same instant,
/// whichever way the text is read.</summary>
public sealed class SqliteTimeFormatTests
{
    [Theory]
    [InlineData("2026-12-06T02:13:11.123+00:00")]
    [InlineData("2024-02-29T23:59:59.999+08:00")]
    [InlineData("0001-01-01T00:00:00.000+00:00")]
    [InlineData("9999-12-31T15:59:59.000+00:00")]
    [InlineData("2020-06-30T08:00:00.007-05:00")]
    public void A_time_written_as_text_reads_back_as_the_same_instant_in_utc(string iso)
    {
        var at = DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
        var read = SqliteTimeFormat.Parse(SqliteTimeFormat.ToText(at));
        Assert.Equal(at, read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Fact]
    public void Every_millisecond_of_a_second_reads_back_as_written()
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var ms = 0; ms < 1000; ms++)
        {
            Assert.Equal(start.AddMilliseconds(ms), SqliteTimeFormat.Parse(SqliteTimeFormat.ToText(start.AddMilliseconds(ms))));
        }
    }

    [Theory]
    [InlineData("2026-02-30 10:00:00.000")]
    [InlineData("2026-13-01 10:00:00.000")]
    [InlineData("2026-12-06 24:00:00.000")]
    [InlineData("2026-12-06T10:00:00.000")]
    [InlineData("2026-12-06 10:00:00")]
    [InlineData("２０２６-12-06 10:00:00.000")]
    [InlineData("+026-12-06 10:00:00.000")]
    public void Text_that_is_not_a_stored_time_is_refused(string text) =>
        Assert.Throws<FormatException>(() => SqliteTimeFormat.Parse(text));
}
