using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Gongkai.Web.Features.Search;

/// <summary>The last few hundred results, so a popular query is answered without visiting its hits
/// again. An entry is only valid for the reader it was computed on (any index change opens a new one
/// and empties the cache) and until the next scheduled item becomes visible, so freshness, withdrawals
/// and scheduled publishing behave exactly as without it.</summary>
internal sealed class SearchResultCache(int capacity)
{
    private readonly System.Threading.Lock gate = new();
    private readonly Dictionary<SearchRequest, LinkedListNode<Entry>> entries = [];
    private readonly LinkedList<Entry> recency = new();
    private IndexReader? reader;

    public bool TryGet(IndexReader current, SearchRequest key, long nowTicks, out SearchResult result)
    {
        lock (gate)
        {
            if (ReferenceEquals(reader, current) && entries.TryGetValue(key, out var node)
                && node.Value.ComputedAt <= nowTicks && nowTicks < node.Value.ValidUntil)
            {
                recency.Remove(node);
                recency.AddFirst(node);
                result = node.Value.Result;
                return true;
            }
        }

        result = null!;
        return false;
    }

    public void Put(IndexReader current, SearchRequest key, SearchResult result, long nowTicks)
    {
        var validUntil = NextScheduled(current, nowTicks);
        lock (gate)
        {
            if (!ReferenceEquals(reader, current))
            {
                entries.Clear();
                recency.Clear();
                reader = current;
            }

            if (entries.Remove(key, out var old))
            {
                recency.Remove(old);
            }

            entries[key] = recency.AddFirst(new Entry(key, result, nowTicks, validUntil));
            if (entries.Count > capacity)
            {
                entries.Remove(recency.Last!.Value.Key);
                recency.RemoveLast();
            }
        }
    }

    /// <summary>The earliest "visible from" after now of any document (the smallest full-precision
    /// trie term above now, a seek per segment); long.MaxValue if nothing is scheduled.</summary>
    private static long NextScheduled(IndexReader reader, long nowTicks)
    {
        var next = long.MaxValue;
        var seek = new BytesRef();
        NumericUtils.Int64ToPrefixCoded(nowTicks + 1, 0, seek);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(SearchFields.VisibleFrom)?.GetEnumerator();
            if (terms is null || terms.SeekCeil(seek) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            var term = terms.Term;
            if (NumericUtils.GetPrefixCodedInt64Shift(term) == 0)
            {
                next = Math.Min(next, NumericUtils.PrefixCodedToInt64(term));
            }
        }

        return next;
    }

    private sealed record Entry(SearchRequest Key, SearchResult Result, long ComputedAt, long ValidUntil);
}
