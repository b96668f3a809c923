using Gongkai.Domain.Search;

namespace Gongkai.Domain.Tests.Search;

public sealed class BigramPhraseTests
{
    [Fact]
    public void Text_becomes_every_adjacent_pair_and_the_last_character() =>
        Assert.Equal(["办公", "公室", "室"], BigramPhrase.Tokens("办公室"));

    [Theory]
    [InlineData("办公", new[] { "办公@0" })]
    [InlineData("工作要点", new[] { "工作@0", "要点@2" })]
    [InlineData("政务公开工", new[] { "政务@0", "公开@2", "开工@3" })]
    public void A_term_is_covered_by_every_other_pair_and_the_last(string term, string[] expected) =>
        Assert.Equal(expected, BigramPhrase.Cover(term).Select(c => $"{c.Bigram}@{c.Offset}"));

    /// <summary>The property search relies on: the cover's pairs occur at their offsets from some
    /// position of a text exactly when the term is a substring of it.</summary>
    [Fact]
    public void Cover_pairs_at_their_offsets_match_exactly_where_the_term_occurs()
    {
        var random = new Random(7);
        const string alphabet = "办公室工作要点政务开";
        for (var round = 0; round < 2000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var term = new string(Enumerable.Range(0, random.Next(2, 7)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var tokens = BigramPhrase.Tokens(text).ToList();
            var cover = BigramPhrase.Cover(term);
            var phrase = Enumerable.Range(0, tokens.Count).Any(start => cover.All(c => start + c.Offset < tokens.Count && tokens[start + c.Offset] == c.Bigram));
            Assert.Equal(text.Contains(term, StringComparison.Ordinal), phrase);
        }
    }
}
