using Gongkai.Domain.Search;

namespace Gongkai.Domain.Tests.Search;

public sealed class SnippetTests
{
    [Fact]
    public void A_half_width_query_marks_the_full_width_original()
    {
        var parts = Snippet.Highlight("关于２０２０年工作的通知", ["2020"]);
        Assert.Equal([new TextPart("关于", false), new TextPart("２０２０", true), new TextPart("年工作的通知", false)], parts);
    }

    [Fact]
    public void An_excerpt_is_taken_around_the_first_match()
    {
        var text = new string('甲', 300) + "工作要点" + new string('乙', 300);
        var parts = Snippet.Excerpt(text, ["工作要点"], width: 40);
        Assert.Equal("…", parts[0].Text);
        Assert.Contains(parts, p => p.Match && p.Text == "工作要点");
        Assert.Equal("…", parts[^1].Text);
    }
}
