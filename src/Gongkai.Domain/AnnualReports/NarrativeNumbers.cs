using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.AnnualReports;

/// <summary>Numbers that the narrative quotes from the tables, found by the phrases reports use
/// (「共收到政府信息公开申请12件」, 「结转下年度继续办理3件」 …). Each phrase names the cells it must
/// equal (their sum). Phrases not listed here are not checked: the aim is to catch the common
/// contradiction between text and table, not to parse prose.</summary>
public static partial class NarrativeNumbers
{
    private const string Apps = ApplicationsTableKeys.Table;
    private const string Total = ApplicationsTableKeys.TotalColumn;

    public sealed record Phrase(Regex Pattern, string Name, IReadOnlyList<CellKey> Cells);

    public static IReadOnlyList<Phrase> Phrases { get; } =
    [
        new(NewReceivedPattern(), "本年新收申请数", [new(Apps, ApplicationsTableKeys.NewReceived, Total)]),
        new(CarriedOverPattern(), "上年结转申请数", [new(Apps, ApplicationsTableKeys.CarriedOver, Total)]),
        new(ClosedPattern(), "本年办结申请数（（七）总计）", [new(Apps, ApplicationsTableKeys.Total, Total)]),
        new(CarriedForwardPattern(), "结转下年度申请数", [new(Apps, ApplicationsTableKeys.CarriedForward, Total)]),
        new(GrantedPattern(), "予以公开数", [new(Apps, "granted", Total)]),
        new(PartlyGrantedPattern(), "部分公开数", [new(Apps, "partlyGranted", Total)]),
        new(ReconsiderationPattern(), "行政复议案件数", [new(AppealsTableKeys.Table, AppealsTableKeys.Row, "reconsideration.total")]),
        new(LitigationPattern(), "行政诉讼案件数",
            [new(AppealsTableKeys.Table, AppealsTableKeys.Row, "directSuit.total"), new(AppealsTableKeys.Table, AppealsTableKeys.Row, "suitAfterReconsideration.total")]),
    ];

    /// <summary>Every quoted number in the text with the phrase that quoted it.</summary>
    public static IEnumerable<(Phrase Phrase, decimal Quoted, string Text)> Find(string text)
    {
        foreach (var phrase in Phrases)
        {
            foreach (Match m in phrase.Pattern.Matches(text))
            {
                if (decimal.TryParse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
                {
                    yield return (phrase, n, m.Value);
                }
            }
        }
    }

    [GeneratedRegex(@"(?:新收|收到)(?:各类)?(?:政府信息公开)?申请(?:共计|共)?(?<n>[\d,]+)件")]
    private static partial Regex NewReceivedPattern();

    [GeneratedRegex(@"上年(?:度)?结转(?:的)?(?:政府信息公开)?申请(?:共计|共)?(?<n>[\d,]+)件")]
    private static partial Regex CarriedOverPattern();

    [GeneratedRegex(@"办结(?:政府信息公开)?申请(?:共计|共)?(?<n>[\d,]+)件")]
    private static partial Regex ClosedPattern();

    [GeneratedRegex(@"结转下(?:一)?年度(?:继续办理)?(?:的)?(?:申请)?(?<n>[\d,]+)件")]
    private static partial Regex CarriedForwardPattern();

    [GeneratedRegex(@"(?<!部分)予以公开(?<n>[\d,]+)件")]
    private static partial Regex GrantedPattern();

    [GeneratedRegex(@"部分公开(?<n>[\d,]+)件")]
    private static partial Regex PartlyGrantedPattern();

    [GeneratedRegex(@"行政复议(?:案件)?(?:共计|共)?(?<n>[\d,]+)件")]
    private static partial Regex ReconsiderationPattern();

    [GeneratedRegex(@"行政诉讼(?:案件)?(?:共计|共)?(?<n>[\d,]+)件")]
    private static partial Regex LitigationPattern();
}
