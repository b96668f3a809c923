namespace Gongkai.Domain.DisclosureGuides;

/// <summary>The five part headings of the 指南, without their numerals. The default is the seed's
/// wording (江津府办发〔2020〕132号 五（三）: “本机关持有政府信息基本情况、本机关对外发布政府信息情况、
/// 政府信息公开申请渠道、政府信息公开工作机构情况、其他事项”5部分); the district office may change it
/// as a setting when the rules change.</summary>
public sealed record GuideHeadingSet(string Holdings, string Channels, string Application, string Office, string OtherMatters)
{
    public const int MaxLength = 50;

    public static GuideHeadingSet Seed { get; } = new("本机关持有政府信息基本情况", "本机关对外发布政府信息情况", "政府信息公开申请渠道",
        "政府信息公开工作机构情况", "其他事项");

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五"];

    /// <summary>The headings in order, without numerals.</summary>
    public IReadOnlyList<string> Plain => [Holdings, Channels, Application, Office, OtherMatters];

    /// <summary>The headings as printed: “一、本机关持有政府信息基本情况”.</summary>
    public IReadOnlyList<string> Numbered => Plain.Select((h, i) => $"{Numerals[i]}、{h}").ToList();

    /// <summary>Checks headings typed by the district office: each present, short, on one line, and
    /// without its own numeral (the numerals are added in print).</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<string?> headings)
    {
        var errors = new List<string>();
        for (var i = 0; i < headings.Count; i++)
        {
            var text = headings[i]?.Trim() ?? "";
            var label = $"第{Numerals[i]}部分标题";
            if (text.Length == 0)
            {
                errors.Add($"请填写{label}。");
            }
            else if (text.Length > MaxLength)
            {
                errors.Add($"{label}不能超过{MaxLength}字。");
            }
            else if (text.Contains('\n') || text.Contains('\r'))
            {
                errors.Add($"{label}应为一行。");
            }
            else if (Numerals.Any(n => text.StartsWith(n + "、", StringComparison.Ordinal)))
            {
                errors.Add($"{label}请不要带序号“{text[..2]}”，页面和 Word 文件会自动编号。");
            }
        }

        return errors;
    }
}
