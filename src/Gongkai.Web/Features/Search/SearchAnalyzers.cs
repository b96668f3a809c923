using Gongkai.Domain.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Gongkai.Web.Features.Search;

/// <summary>The two ways text is indexed: character pairs for recall (<see cref="BigramTokenizer"/>)
/// and SmartCn words for ranking, chosen by field name.</summary>
internal static class SearchAnalyzers
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => new PerFieldAnalyzerWrapper(new WordAnalyzer(), new Dictionary<string, Analyzer>
    {
        [SearchFields.TitlePairs] = new PairAnalyzer(),
        [SearchFields.BodyPairs] = new PairAnalyzer(),
        [SearchFields.AttachmentPairs] = new PairAnalyzer(),
    });

    /// <summary>SmartCn words of a query, for the ranking clauses.</summary>
    public static List<string> Words(Analyzer analyzer, string field, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    private sealed class PairAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new BigramTokenizer(reader));

        // Values of a multi-valued field (several attachments) must not form a phrase across their boundary.
        public override int GetPositionIncrementGap(string fieldName) => 16;
    }

    private sealed class WordAnalyzer : Analyzer
    {
        // SmartChineseAnalyzer's own chain, built here so that the reader can be normalised first
        // (same normal form as the pair fields, so ２０２０ and 2020 are one word).
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new HMMChineseTokenizer(reader);
            TokenStream stream = new PorterStemFilter(tokenizer);
            stream = new StopFilter(Version, stream, SmartChineseAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(tokenizer, stream);
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            new StringReader(SearchText.Normalize(reader.ReadToEnd()));
    }
}
