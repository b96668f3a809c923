using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.Web.Features.Search;

/// <summary>An even sample of the index: one block of consecutive documents in every
/// <see cref="Every"/> blocks of each segment. Documents are added in the order they are published,
/// so the blocks are spread over time, organs and columns alike, and counts over the sample times
/// <see cref="Scale"/> estimate counts over the whole index.</summary>
internal sealed class SampleFilter : Filter
{
    private const int BlockSize = 64;

    private SampleFilter(int every, double scale)
    {
        Every = every;
        Scale = scale;
    }

    public int Every { get; }

    /// <summary>Documents in the index per document in the sample.</summary>
    public double Scale { get; }

    /// <summary>A sample of about <paramref name="size"/> documents of the reader.</summary>
    public static SampleFilter Of(IndexReader reader, int size)
    {
        var every = Math.Max(1, reader.MaxDoc / Math.Max(size, BlockSize));
        var sampled = reader.Leaves.Sum(l => SampledIn(l.AtomicReader.MaxDoc, every));
        return new SampleFilter(every, sampled == 0 ? 1 : (double)reader.MaxDoc / sampled);
    }

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
        BitsFilteredDocIdSet.Wrap(new Blocks(context.AtomicReader.MaxDoc, Every), acceptDocs);

    private static long SampledIn(int maxDoc, int every)
    {
        var stride = (long)BlockSize * every;
        var whole = maxDoc / stride;
        return (whole * BlockSize) + Math.Min(BlockSize, maxDoc - (whole * stride));
    }

    private sealed class Blocks(int maxDoc, int every) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => new Iterator(maxDoc, every);
    }

    /// <summary>Documents 0..63, then 64·every.., and so on.</summary>
    private sealed class Iterator(int maxDoc, int every) : DocIdSetIterator
    {
        private readonly int stride = BlockSize * every;
        private int doc = -1;

        public override int DocID => doc;

        public override int NextDoc() => Advance(doc + 1);

        public override int Advance(int target)
        {
            if (target >= maxDoc)
            {
                return doc = NO_MORE_DOCS;
            }

            var inBlock = target % stride;
            var next = inBlock < BlockSize ? target : target - inBlock + stride;
            doc = next < maxDoc ? next : NO_MORE_DOCS;
            return doc;
        }

        public override long GetCost() => SampledIn(maxDoc, every);
    }
}
