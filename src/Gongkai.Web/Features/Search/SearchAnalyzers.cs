using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace Gongkai.Web.Features.Search;

/// <summary>How text is indexed: character pairs for recall (<see cref="BigramTokenizer"/>) in every
/// tokenized field. No word segmenter runs while indexing: SmartCn cost about four fifths of the
/// indexing time and only ordered results within a ranking tier, which the tiers (exact name, exact
/// title, title, body, attachment) and then the date now do on their own.</summary>
internal static class SearchAnalyzers
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => new PairAnalyzer();

    private sealed class PairAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new BigramTokenizer(reader));

        // Values of a multi-valued field (several attachments) must not form a phrase across their boundary.
        public override int GetPositionIncrementGap(string fieldName) => 16;
    }
}
