using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.Web.Features.Search;

/// <summary>Counts the values of the facet fields over every hit, per segment by ordinal, turning
/// ordinals into strings once per segment. A broad query collects most of the index, so the
/// ordinals of each segment are read once into plain arrays (a segment never changes; the arrays go
/// with it) and counting a hit is one array read and increment per field, no doc-values call.</summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private static readonly ConditionalWeakTable<object, SegmentOrdinals> Ordinals = [];
    private readonly Dictionary<string, Dictionary<string, int>> totals = fields.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private SortedDocValues?[] values = [];
    private int[][] ords = [];
    private int[][] counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < ords.Length; i++)
        {
            // Ordinal + 1 (0 = no value), so that a missing value costs no branch.
            counts[i][ords[i][doc]]++;
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        // Doc-values instances belong to the thread that asked for them (they hold file positions),
        // so only the plain ordinal arrays are shared between searches.
        values = fields.Select(f => reader.GetSortedDocValues(f)).ToArray();
        ords = Ordinals.GetValue(reader.CoreCacheKey, _ => SegmentOrdinals.Read(reader, fields)).Ords;
        counts = values.Select(v => new int[(v?.ValueCount ?? 0) + 1]).ToArray();
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
            for (var ord = 1; ord < counts[i].Length; ord++)
            {
                if (counts[i][ord] > 0)
                {
                    v.LookupOrd(ord - 1, bytes);
                    var key = bytes.Utf8ToString();
                    total[key] = total.GetValueOrDefault(key) + counts[i][ord];
                }
            }
        }

        values = [];
        ords = [];
        counts = [];
    }

    /// <summary>Each facet field's ordinal + 1 for every document of one segment.</summary>
    private sealed class SegmentOrdinals(int[][] ords)
    {
        public int[][] Ords { get; } = ords;

        public static SegmentOrdinals Read(AtomicReader reader, IReadOnlyList<string> fields)
        {
            var ords = fields.Select(f => reader.GetSortedDocValues(f)).Select(v =>
            {
                var array = new int[reader.MaxDoc];
                if (v is not null)
                {
                    for (var doc = 0; doc < array.Length; doc++)
                    {
                        array[doc] = v.GetOrd(doc) + 1;
                    }
                }

                return array;
            }).ToArray();
            return new SegmentOrdinals(ords);
        }
    }
}
