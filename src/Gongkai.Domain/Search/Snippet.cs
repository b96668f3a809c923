using System.Text;

namespace Gongkai.Domain.Search;

/// <summary>Marks where query terms occur in displayed text. Matching is done on the normal form
/// (<see cref="SearchText"/>), character by character, so that "２０２０" is marked in a text that
/// says "2020" and the original characters are what is shown.</summary>
public static class Snippet
{
    private static readonly string?[] NormalForms = new string?[char.MaxValue + 1];

    /// <summary>The whole text, in parts.</summary>
    public static IReadOnlyList<TextPart> Highlight(string text, IReadOnlyList<string> terms) =>
        Parts(text, 0, text.Length, Marks(text, terms));

    /// <summary>About <paramref name="width"/> characters around the first match (or the start).</summary>
    public static IReadOnlyList<TextPart> Excerpt(string text, IReadOnlyList<string> terms, int width = 120)
    {
        var marks = Marks(text, terms);
        var first = Array.IndexOf(marks, true);
        var start = first < 0 ? 0 : Math.Max(0, first - (width / 4));
        var end = Math.Min(text.Length, start + width);
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        var parts = Parts(text, start, end, marks).ToList();
        if (start > 0)
        {
            parts.Insert(0, new TextPart("…", false));
        }

        if (end < text.Length)
        {
            parts.Add(new TextPart("…", false));
        }

        return parts;
    }

    /// <summary>Whether any term occurs in the text, by the same rule as <see cref="Marks"/>.</summary>
    public static bool Contains(string text, string term) => Array.IndexOf(Marks(text, [term]), true) >= 0;

    private static bool[] Marks(string text, IReadOnlyList<string> terms)
    {
        var marks = new bool[text.Length];
        if (terms.Count == 0 || text.Length == 0)
        {
            return marks;
        }

        // Normalise each original character on its own and remember where each normalised
        // character came from; normalisation may lengthen (㈠ → (一)) or drop (control) characters.
        var normalized = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u4E00' and <= '\u9FFF' or (>= '!' and <= '~'))
            {
                // Common characters whose normal form is themselves (or their lower case): no allocation.
                normalized.Append(char.ToLowerInvariant(c));
                origin.Add(i);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            var piece = length == 1 ? NormalForm(c) : SearchText.Normalize(text.Substring(i, length));
            if (piece.Length == 0 && char.IsWhiteSpace(text[i]))
            {
                piece = " ";
            }

            foreach (var p in piece)
            {
                normalized.Append(p);
                origin.Add(i);
            }

            i += length - 1;
        }

        var haystack = normalized.ToString();
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = haystack.IndexOf(term, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                var from = origin[at];
                var to = origin[at + term.Length - 1];
                for (var k = from; k <= to && k < marks.Length; k++)
                {
                    marks[k] = true;
                }

                if (to + 1 < marks.Length && char.IsLowSurrogate(text[to + 1]))
                {
                    marks[to + 1] = true;
                }
            }
        }

        return marks;
    }

    /// <summary>One character's normal form, worked out once per character: normalising asks the
    /// operating system's Unicode library, and Chinese punctuation (，：（）…) is in every sentence.</summary>
    private static string NormalForm(char c) => NormalForms[c] ??= SearchText.Normalize(c.ToString());

    private static IReadOnlyList<TextPart> Parts(string text, int start, int end, bool[] marks)
    {
        var parts = new List<TextPart>();
        var i = start;
        while (i < end)
        {
            var j = i;
            while (j < end && marks[j] == marks[i])
            {
                j++;
            }

            parts.Add(new TextPart(text[i..j], marks[i]));
            i = j;
        }

        return parts;
    }
}
