using Gongkai.Domain.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Web.Features.Search;

/// <summary>Cuts normalised text into the overlapping pairs of <see cref="BigramPhrase.Tokens"/>, one
/// position apart, whatever the script: the recall fields, where a phrase equals a substring.</summary>
internal sealed class BigramTokenizer : Tokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private char[] text = [];
    private int position;

    public BigramTokenizer(TextReader input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (position >= text.Length)
        {
            return false;
        }

        var length = position + 1 < text.Length ? 2 : 1;
        term.CopyBuffer(text, position, length);
        offset.SetOffset(CorrectOffset(position), CorrectOffset(position + length));
        position++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        text = SearchText.Normalize(m_input.ReadToEnd()).ToCharArray();
        position = 0;
    }

    public override void End()
    {
        base.End();
        offset.SetOffset(CorrectOffset(text.Length), CorrectOffset(text.Length));
    }
}
