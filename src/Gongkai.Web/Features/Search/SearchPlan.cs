using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>What a search asks of the index: <see cref="Match"/> finds and scores every hit; the
/// <see cref="Levels"/>, when the ranking can be split that way, are the same hits grouped by rank,
/// best first, each ordered newest first (an item may appear in several; it counts in the first).
/// A very broad query is answered level by level (<see cref="SampledSearch"/>). <see cref="TextTerms"/>
/// are, per query term and per text field, the bigrams its phrase reads (null: no text, or a single
/// character): their document frequencies bound how much of the index the text makes a search read,
/// whatever filters narrow the hits to. <see cref="Earliest"/> and <see cref="Latest"/>: no hit is
/// dated earlier or later (UTC ticks), when a year or date filter says so.</summary>
internal sealed record SearchPlan(Query Match, IReadOnlyList<SearchLevel>? Levels, IReadOnlyList<IReadOnlyList<IReadOnlyList<Term>>>? TextTerms)
{
    public long? Earliest { get; init; }

    public long? Latest { get; init; }

    /// <summary>At most how many items the text part matches: for every term the sum over fields of
    /// its rarest bigram's frequency, and of the terms the smallest (they must all occur). No terms:
    /// no text to read (filters alone are cheap to count exactly).</summary>
    public long TextCost(IndexReader reader) => TextTerms switch
    {
        null => reader.MaxDoc,
        [] => 0,
        _ => TextTerms.Min(fields => fields.Sum(bigrams => (long)bigrams.Min(reader.DocFreq))),
    };
}

/// <summary>One level of the ranking. <see cref="Terms"/>: terms every item of the level contains
/// (an exact name, or the bigrams of its phrase); null when unknown.</summary>
internal sealed record SearchLevel(Query Query, IReadOnlyList<Term>? Terms)
{
    /// <summary>At most how many items the level has: its rarest term's frequency.</summary>
    public long Bound(IndexReader reader) => Terms is null ? reader.MaxDoc : Terms.Count == 0 ? 0 : Terms.Min(reader.DocFreq);
}
