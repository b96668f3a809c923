namespace Gongkai.Domain.Enforcement;

/// <summary>The kind of an administrative enforcement decision (行政执法决定). The kind sets the
/// publication deadline (<see cref="PublicationClock"/>) and, for licences and penalties, the
/// 双公示 columns (REGULATIONS.md §7.1).</summary>
public enum EnforcementCategory
{
    Licence,
    Penalty,
    Coercion,
    Inspection,
    Levy,
    Confirmation,
    Other,
}

/// <summary>Chinese name and API code of each <see cref="EnforcementCategory"/>, and reading either back.</summary>
public static class EnforcementCategories
{
    private static readonly (EnforcementCategory Category, string Name, string Code)[] All =
    [
        (EnforcementCategory.Licence, "行政许可", "licence"),
        (EnforcementCategory.Penalty, "行政处罚", "penalty"),
        (EnforcementCategory.Coercion, "行政强制", "coercion"),
        (EnforcementCategory.Inspection, "行政检查", "inspection"),
        (EnforcementCategory.Levy, "行政征收", "levy"),
        (EnforcementCategory.Confirmation, "行政确认", "confirmation"),
        (EnforcementCategory.Other, "其他", "other"),
    ];

    public static IReadOnlyList<EnforcementCategory> InOrder { get; } = All.Select(c => c.Category).ToArray();

    public static string Name(EnforcementCategory category) => All[(int)category].Name;

    public static string Code(EnforcementCategory category) => All[(int)category].Code;

    public static string NameList { get; } = string.Join("、", All.Select(c => c.Name));

    public static string CodeList { get; } = string.Join("|", All.Select(c => c.Code));

    /// <summary>双公示: licences and penalties are published in the credit system's columns too.</summary>
    public static bool IsDualPublication(EnforcementCategory category) =>
        category is EnforcementCategory.Licence or EnforcementCategory.Penalty;

    /// <summary>A Chinese name (spaces ignored; 其它/其他行政执法 accepted) or an API code.</summary>
    public static EnforcementCategory? Parse(string? text)
    {
        var value = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (value.Length == 0)
        {
            return null;
        }

        foreach (var (category, name, code) in All)
        {
            if (value == name || string.Equals(value, code, StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        return value is "其它" or "其他行政执法" or "其他执法" ? EnforcementCategory.Other : null;
    }
}
