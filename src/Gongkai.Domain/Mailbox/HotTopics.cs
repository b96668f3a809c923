namespace Gongkai.Domain.Mailbox;

/// <summary>One frequent phrase of a month's subjects.</summary>
public sealed record HotTopic(string Phrase, int Letters);

/// <summary>The hot topics (热点问题) of a set of letter subjects: the two-character runs of Chinese
/// text the site search indexes by (its bigram analyser), counted once per letter, kept when at least
/// two letters share them; a phrase contained in a longer kept one with the same count is dropped,
/// and runs of function words (的是, 关于, …) are ignored.</summary>
public static class HotTopics
{
    private static readonly HashSet<string> Ignored =
    [
        "关于", "问题", "请问", "反映", "咨询", "建议", "投诉", "求助", "希望", "我们", "你们", "什么", "怎么", "如何", "是否", "能否",
        "一个", "没有", "可以", "的问", "的事", "的建", "的投", "的咨", "的求", "区的", "江津", "津区",
    ];

    public static IReadOnlyList<HotTopic> Top(IEnumerable<string> subjects, int count = 10) =>
        Top(subjects.Select(s => (s, 1)), count);

    /// <summary>As above, from distinct subjects with the number of letters that bear each.</summary>
    public static IReadOnlyList<HotTopic> Top(IEnumerable<(string Subject, int Letters)> subjects, int count = 10)
    {
        var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        var trigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (subject, letters) in subjects)
        {
            var seen2 = new HashSet<string>(StringComparer.Ordinal);
            var seen3 = new HashSet<string>(StringComparer.Ordinal);
            foreach (var run in HanRuns(subject))
            {
                for (var i = 0; i + 2 <= run.Length; i++)
                {
                    var g = run.Substring(i, 2);
                    if (!Ignored.Contains(g) && g[0] != '的' && g[1] != '的' && seen2.Add(g))
                    {
                        bigrams[g] = bigrams.GetValueOrDefault(g) + letters;
                    }

                    if (i + 4 <= run.Length && run.Substring(i, 4) is var q && !q.Contains('的', StringComparison.Ordinal) && seen3.Add(q))
                    {
                        trigrams[q] = trigrams.GetValueOrDefault(q) + letters;
                    }
                }
            }
        }

        // Four-character phrases (two bigrams) first, since they read as words; then the bigrams
        // they do not already explain.
        var phrases = trigrams.Where(t => t.Value >= 2).Select(t => new HotTopic(t.Key, t.Value)).ToList();
        foreach (var b in bigrams.Where(b => b.Value >= 2))
        {
            if (!phrases.Any(p => p.Letters >= b.Value && p.Phrase.Contains(b.Key, StringComparison.Ordinal)))
            {
                phrases.Add(new HotTopic(b.Key, b.Value));
            }
        }

        return phrases.OrderByDescending(p => p.Letters).ThenByDescending(p => p.Phrase.Length).ThenBy(p => p.Phrase, StringComparer.Ordinal).Take(count).ToList();
    }

    private static IEnumerable<string> HanRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var han = i < text.Length && text[i] >= '\u4E00' && text[i] <= '\u9FFF';
            if (han && start < 0)
            {
                start = i;
            }
            else if (!han && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
