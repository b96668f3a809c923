using System.Text;

namespace Gongkai.Domain.Privacy;

/// <summary>Text after NFKC normalisation (and, for HTML, after tags and entities are removed), with
/// the source range of every character so findings can be reported in the caller's offsets.</summary>
internal sealed class NormalizedText
{
    // NFKC of a single BMP character never depends on its neighbours for the characters we care
    // about (digits, Latin letters, punctuation), so results are cached per code unit: one
    // string.Normalize call per distinct character instead of one per character of a 1 MB text.
    private static readonly string?[] Cache = new string?[0x10000];

    private char[] chars;
    private int[] starts;
    private int[] ends;

    private NormalizedText(int capacity)
    {
        chars = new char[Math.Max(16, capacity)];
        starts = new int[chars.Length];
        ends = new int[chars.Length];
    }

    public int Length { get; private set; }

    public string Text { get; private set; } = "";

    public int SourceStart(int index) => starts[index];

    public int SourceEnd(int index) => ends[index];

    public static NormalizedText FromPlainText(string text)
    {
        var result = new NormalizedText(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.AppendPair(text, i);
                i++;
            }
            else
            {
                result.AppendNormalized(text[i], i, i + 1);
            }
        }

        return result.Done();
    }

    public static NormalizedText FromHtml(string html)
    {
        var result = new NormalizedText(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                i = result.SkipTag(html, i);
            }
            else if (c == '&')
            {
                i = result.AppendEntity(html, i);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            {
                result.AppendPair(html, i);
                i += 2;
            }
            else
            {
                result.AppendNormalized(c, i, i + 1);
                i++;
            }
        }

        return result.Done();
    }

    // Block-level tags separate table cells and paragraphs: a serial number in one cell must not
    // join the ID number in the next. Inline tags (span, font, b …) join, as browsers render them.
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "tfoot",
        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote",
        "pre", "hr", "dd", "dt", "dl", "caption", "title", "option", "nav", "aside", "main",
    };

    private int SkipTag(string html, int start)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var end = html.IndexOf('>', start + 1);
        if (end < 0)
        {
            // A lone '<' is text ("a < b"), not a tag.
            AppendNormalized('<', start, start + 1);
            return start + 1;
        }

        var nameStart = start + 1;
        var closing = nameStart < end && html[nameStart] == '/';
        if (closing)
        {
            nameStart++;
        }

        var nameEnd = nameStart;
        while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }

        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
        {
            var closeTag = html.IndexOf("</" + name.ToString(), end, StringComparison.OrdinalIgnoreCase);
            if (closeTag < 0)
            {
                return html.Length;
            }

            var closeEnd = html.IndexOf('>', closeTag);
            return closeEnd < 0 ? html.Length : closeEnd + 1;
        }

        if (BlockTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
        {
            Append('\n', start, end + 1);
        }

        return end + 1;
    }

    private int AppendEntity(string html, int start)
    {
        var semi = html.IndexOf(';', start + 1, Math.Min(12, html.Length - start - 1));
        if (semi < 0)
        {
            AppendNormalized('&', start, start + 1);
            return start + 1;
        }

        var body = html.AsSpan(start + 1, semi - start - 1);
        int? code = body switch
        {
            "nbsp" => 0xA0,
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "shy" => 0xAD,
            "ensp" or "emsp" or "thinsp" => ' ',
            "zwsp" => 0x200B,
            "zwj" => 0x200D,
            "zwnj" => 0x200C,
            _ when body.Length > 2 && body[0] == '#' && (body[1] == 'x' || body[1] == 'X')
                && int.TryParse(body[2..], System.Globalization.NumberStyles.HexNumber, null, out var hex) => hex,
            _ when body.Length > 1 && body[0] == '#' && int.TryParse(body[1..], out var dec) => dec,
            _ => null,
        };
        if (code is not { } cp || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF)
        {
            AppendNormalized('&', start, start + 1);
            return start + 1;
        }

        if (cp <= 0xFFFF)
        {
            AppendNormalized((char)cp, start, semi + 1);
        }
        else
        {
            foreach (var ch in char.ConvertFromUtf32(cp).Normalize(NormalizationForm.FormKC))
            {
                Append(ch, start, semi + 1);
            }
        }

        return semi + 1;
    }

    private void AppendPair(string text, int i)
    {
        foreach (var ch in text.Substring(i, 2).Normalize(NormalizationForm.FormKC))
        {
            Append(ch, i, i + 2);
        }
    }

    private void AppendNormalized(char c, int sourceStart, int sourceEnd)
    {
        if (c < 0x80 || char.IsSurrogate(c))
        {
            Append(c, sourceStart, sourceEnd);
            return;
        }

        var normalized = Cache[c];
        if (normalized is null)
        {
            normalized = c.ToString().Normalize(NormalizationForm.FormKC);
            Cache[c] = normalized;
        }

        foreach (var ch in normalized)
        {
            Append(ch, sourceStart, sourceEnd);
        }
    }

    private void Append(char c, int sourceStart, int sourceEnd)
    {
        if (Length == chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
            Array.Resize(ref starts, chars.Length);
            Array.Resize(ref ends, chars.Length);
        }

        chars[Length] = c;
        starts[Length] = sourceStart;
        ends[Length] = sourceEnd;
        Length++;
    }

    private NormalizedText Done()
    {
        Text = new string(chars, 0, Length);
        return this;
    }
}
