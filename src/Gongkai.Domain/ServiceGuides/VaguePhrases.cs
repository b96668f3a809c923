namespace Gongkai.Domain.ServiceGuides;

/// <summary>Indefinite wording that tells an applicant nothing they can act on. The seed notice
/// asks organs to 「消除“其他材料”“有关部门”等不确定性表述」 in their service guides; the list
/// starts with the seed's phrases and those reviewers commonly reject, and the system administrator
/// keeps it. One phrase a line; a phrase written with a leading "……" counts only at the end of a
/// list or sentence ("身份证、户口簿等材料。"), where it stands for materials nobody named.</summary>
public sealed class VaguePhrases
{
    /// <summary>Marks a phrase that counts only where a list ends.</summary>
    public const string AtEndMarker = "……";

    public const int MaxPhrases = 500;

    public const int MaxPhraseLength = 50;

    private static readonly char[] ListEnds = ['。', '；', ';', '，', ',', '.', '、', '！', '!', '）', ')', '\n', '\r'];

    public static IReadOnlyList<string> Seed { get; } =
    [
        "其他材料", "其他相关材料", "有关部门", "相关部门", "相关规定", "有关规定", AtEndMarker + "等材料",
        "视情况", "原则上", "必要时", "其他有关材料", "相关材料", "有关材料", "等相关材料", "有关要求", "相关要求",
        "其他条件", "另行通知", "酌情", "根据需要", "有关法律法规", "相关法律法规",
    ];

    public static VaguePhrases Default { get; } = new(Seed);

    private readonly List<(string Text, bool AtEnd, string Written)> phrases;

    public VaguePhrases(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        phrases = lines.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(l => l.StartsWith(AtEndMarker, StringComparison.Ordinal) ? (l[AtEndMarker.Length..].Trim(), true, l) : (l, false, l))
            .Where(p => p.Item1.Length > 0)
            // Longest first, so "其他相关材料" is reported rather than "相关材料" inside it.
            .OrderByDescending(p => p.Item1.Length).ToList();
    }

    /// <summary>The phrases as the administrator wrote them, in their order of length.</summary>
    public IReadOnlyList<string> Lines => phrases.Select(p => p.Written).ToList();

    /// <summary>Parses the settings text (one phrase a line); the errors name the line.</summary>
    public static (VaguePhrases? List, IReadOnlyList<string> Errors) Parse(string? text)
    {
        var errors = new List<string>();
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length > MaxPhraseLength)
            {
                errors.Add($"第 {i + 1} 行：词语超过 {MaxPhraseLength} 字。");
            }
            else if (line == AtEndMarker)
            {
                errors.Add($"第 {i + 1} 行：“{AtEndMarker}”后须写明词语，如“{AtEndMarker}等材料”。");
            }
            else
            {
                kept.Add(line);
            }
        }

        if (kept.Count == 0 && errors.Count == 0)
        {
            errors.Add("词表不能为空：至少保留一个不确定性表述。");
        }

        if (kept.Count > MaxPhrases)
        {
            errors.Add($"词表最多 {MaxPhrases} 个词语。");
        }

        return errors.Count > 0 ? (null, errors) : (new VaguePhrases(kept), []);
    }

    /// <summary>Every phrase of the list found in <paramref name="text"/>, each once, in the order
    /// they appear; a phrase inside a longer one already found is not reported again.</summary>
    public IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var taken = new bool[text.Length];
        var hits = new List<(int At, string Phrase)>();
        foreach (var (phrase, atEnd, _) in phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var end = at + phrase.Length;
                if (atEnd && end < text.Length && Array.IndexOf(ListEnds, text[end]) < 0 && !char.IsWhiteSpace(text[end]))
                {
                    continue;
                }

                if (taken.AsSpan(at, phrase.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(at, phrase.Length).Fill(true);
                if (hits.All(h => h.Phrase != phrase))
                {
                    hits.Add((at, phrase));
                }
            }
        }

        return hits.OrderBy(h => h.At).Select(h => h.Phrase).ToList();
    }
}
