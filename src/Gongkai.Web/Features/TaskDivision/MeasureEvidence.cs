namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Which overview indicators speak to a measure, recognised by what the measure asks for
/// (一（一）1 权责清单 → the power list kept current, 五（三） 指南 → the guide updated …), so the
/// measure page can show, per responsible organ, what the platform itself knows and the district
/// office signs off on evidence. Keys of indicators not registered are ignored by the page.</summary>
public static class MeasureEvidence
{
    private static readonly (string[] Words, string[] Keys)[] Rules =
    [
        (["权责清单", "权力清单", "责任清单"], ["powerListNotUpdated"]),
        (["公开指南", "指南"], ["guideNotUpdated"]),
        (["年度报告", "年报"], ["annualReport"]),
        (["依申请"], ["overdueApplications", "lateReplies"]),
        (["解读"], ["lateInterpretations"]),
        (["法定主动公开", "第二十条", "主动公开", "公开平台", "专栏"], ["statutoryColumnsEmpty", "statutoryColumnsStale", "lateItems"]),
    ];

    public static IReadOnlyList<string> KeysFor(string measureText) =>
        Rules.Where(r => r.Words.Any(w => measureText.Contains(w, StringComparison.Ordinal))).SelectMany(r => r.Keys).Distinct().ToList();
}
