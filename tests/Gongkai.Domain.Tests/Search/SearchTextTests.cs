using Gongkai.Domain.Search;

namespace Gongkai.Domain.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("２０２０年", "2020年")]
    [InlineData("ＡＢＣ公开", "abc公开")]
    [InlineData("政务\u3000公开", "政务 公开")]
    [InlineData("  政务\t\n公开  ", "政务 公开")]
    [InlineData("政\u0000务\u200B公\u0007开", "政务公开")]
    [InlineData("﹝2026﹞", "〔2026〕")]
    [InlineData(null, "")]
    public void Full_width_control_and_space_variants_share_one_normal_form(string? raw, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(raw));

    [Fact]
    public void A_very_long_query_is_cut_to_the_cap_with_a_message()
    {
        var q = SearchQuery.Parse(new string('政', 10_000));
        Assert.Equal(SearchQuery.MaxLength, q.Text.Length);
        Assert.Contains("过长", q.Notice);
    }

    [Fact]
    public void Query_syntax_is_kept_as_literal_terms()
    {
        var q = SearchQuery.Parse("title:(a OR");
        Assert.Equal(["title:(a", "or"], q.Terms);
        Assert.Null(q.Notice);
    }

    [Fact]
    public void Blank_and_control_only_queries_are_empty() =>
        Assert.True(SearchQuery.Parse(" \u0001\u0002 \u3000").IsEmpty);

    [Fact]
    public void Too_many_terms_are_cut_with_a_message()
    {
        var q = SearchQuery.Parse(string.Join(' ', Enumerable.Range(1, 20).Select(i => "词" + i)));
        Assert.Equal(SearchQuery.MaxTerms, q.Terms.Count);
        Assert.Contains("过多", q.Notice);
    }
}
