namespace Gongkai.Domain.Text;

/// <summary>The Unicode bidirectional controls (embeddings and overrides U+202A–U+202E, isolates
/// U+2066–U+2069, marks U+200E/U+200F and the Arabic letter mark U+061C). In a title or a file name
/// they reorder what the reader sees — 〔‮fdp.exe〕 shows as 〔exe.pdf〕 — and Chinese text never
/// needs them, so every title and name is saved without them. One function
/// for all: attachment names, publication and document titles, organ and staff names.</summary>
public static class BidiControls
{
    public static bool IsBidiControl(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    public static bool Contains(string? text) => text is not null && text.Any(IsBidiControl);

    /// <summary>The text without bidirectional controls; the same instance when there are none.</summary>
    public static string? Strip(string? text)
    {
        if (!Contains(text))
        {
            return text;
        }

        return string.Concat(text!.Where(c => !IsBidiControl(c)));
    }
}
