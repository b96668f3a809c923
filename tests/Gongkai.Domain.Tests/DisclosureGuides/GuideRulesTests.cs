using Gongkai.Domain.DisclosureGuides;

namespace Gongkai.Domain.Tests.DisclosureGuides;

public sealed class GuideRulesTests
{
    [Theory]
    [InlineData("2025-12-31", "2026-01-01", true)]
    [InlineData("2026-01-01", "2026-11-27", false)]
    [InlineData(null, "2026-11-27", true)]
    public void A_guide_not_updated_in_the_current_year_is_stale(string? updatedOn, string today, bool stale) =>
        Assert.Equal(stale, GuideFreshness.IsStale(updatedOn is null ? null : DateOnly.Parse(updatedOn), DateOnly.Parse(today)));

    [Fact]
    public void Guide_text_loses_markup_and_control_characters_and_keeps_one_paragraph_per_line()
    {
        var cleaned = GuideText.Clean("<script>alert(1)</script>第一段\r\n\r\n  第二段<b>加粗</b>\u0007\n");
        Assert.Equal("alert(1)第一段\n第二段加粗", cleaned);
        Assert.Equal(["alert(1)第一段", "第二段加粗"], GuideText.Paragraphs(cleaned));
    }
}
