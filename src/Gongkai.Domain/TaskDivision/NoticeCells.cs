using System.Text.RegularExpressions;

namespace Gongkai.Domain.TaskDivision;

/// <summary>What a cell's text looks like, for the readers that must find the columns of a table
/// whose cells arrive one after another (a web page copied as text): a running number, a list of
/// units, a deadline in words, or the sentence of a measure.</summary>
public static partial class NoticeCells
{
    private const int MaxUnitNameLength = 30;

    /// <summary>A 序号 cell: 1, 12, 3. — a bare running number, with or without its dot.</summary>
    public static bool IsSequenceNumber(string cell) => SequencePattern().IsMatch(cell.Trim());

    /// <summary>Numbered like a key task (一、) or a sub-task (（一）/(一)).</summary>
    public static bool IsTaskHeading(string cell)
    {
        var text = TaskDivisionParser.Normalize(cell);
        return TaskDivisionParser.KeyTaskPattern().IsMatch(text) || TaskDivisionParser.SubTaskPattern().IsMatch(text);
    }

    /// <summary>Numbered like a measure: 1． 1. 1、 followed by text.</summary>
    public static bool IsNumberedMeasure(string cell)
    {
        var m = TaskDivisionParser.MeasurePattern().Match(TaskDivisionParser.Normalize(cell));
        return m.Success && m.Groups[2].Value.Trim().Length > 0;
    }

    /// <summary>Every name in the cell could be a unit: short, no sentence stop, not numbered.</summary>
    public static bool LooksLikeUnits(string cell)
    {
        var names = UnitNames.Split(cell);
        return names.Count > 0 && names.All(LooksLikeUnit);
    }

    public static bool LooksLikeUnit(string name) =>
        name.Length <= MaxUnitNameLength && !name.Contains('。', StringComparison.Ordinal) && !name.Contains('：', StringComparison.Ordinal)
        && !TaskDivisionParser.KeyTaskPattern().IsMatch(name) && !TaskDivisionParser.SubTaskPattern().IsMatch(name)
        && !TaskDivisionParser.MeasurePattern().IsMatch(TaskDivisionParser.Normalize(name));

    /// <summary>Every name ends the way organs and sections are named (局, 办, 科, 中心, 各镇（街道）…)
    /// or is a collective term: a stronger sign than <see cref="LooksLikeUnits"/>.</summary>
    public static bool LooksLikeNamedUnits(string cell)
    {
        var names = UnitNames.Split(cell);
        return names.Count > 0 && names.All(n => LooksLikeUnit(n) && (CollectiveUnits.Find(n) is not null || UnitSuffixPattern().IsMatch(n)));
    }

    /// <summary>A deadline cell: a date, a month or year end, a recurrence, or words such as 年底前,
    /// 持续推进, 长期坚持.</summary>
    public static bool LooksLikeDeadline(string cell)
    {
        var text = cell.Trim();
        return text.Length is > 0 and <= 30 && DeadlineExtractor.Extract(text, 2000).Any(d => d.Kind != MeasureDeadlineKind.NoticeYearEnd);
    }

    /// <summary>A measure's sentence: numbered, or long, or punctuated like prose.</summary>
    public static bool LooksLikeProse(string cell)
    {
        var text = cell.Trim();
        return IsNumberedMeasure(text) || text.Length > 20 || ProsePunctuationPattern().IsMatch(text);
    }

    [GeneratedRegex(@"^\d{1,3}[.．、]?$")]
    private static partial Regex SequencePattern();

    [GeneratedRegex(@"(局|办|委|科|室|股|处|中心|所|队|站|院|馆|会|部|部门|单位|镇|乡|街道|（街道）|\(街道\)|政府|公司|集团|分局|支队|大队|组|机关|银行|法院|检察院)$")]
    private static partial Regex UnitSuffixPattern();

    [GeneratedRegex(@"[，。；：！？,;:]")]
    private static partial Regex ProsePunctuationPattern();
}
