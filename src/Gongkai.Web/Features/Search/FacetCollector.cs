using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.Web.Features.Search;

/// <summary>Counts the values of the facet fields over every hit, per segment by ordinal (cheap),
/// turning ordinals into strings once per segment.</summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> totals = fields.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private SortedDocValues?[] values = [];
    private int[][] counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var ord = values[i]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                counts[i][ord]++;
            }
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        values = fields.Select(f => context.AtomicReader.GetSortedDocValues(f)).ToArray();
        counts = values.Select(v => new int[v?.ValueCount ?? 0]).ToArray();
    }

    public IReadOnlyDictionary<string, Dictionary<string, int>> Totals()
    {
        Flush();
        return totals;
    }

    private void Flush()
    {
        var bytes = new BytesRef();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } v)
            {
                continue;
            }

            var total = totals[fields[i]];
            for (var ord = 0; ord < counts[i].Length; ord++)
            {
                if (counts[i][ord] > 0)
                {
                    v.LookupOrd(ord, bytes);
                    var key = bytes.Utf8ToString();
                    total[key] = total.GetValueOrDefault(key) + counts[i][ord];
                }
            }
        }

        values = [];
        counts = [];
    }
}
