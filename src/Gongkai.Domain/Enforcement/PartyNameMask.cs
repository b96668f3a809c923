namespace Gongkai.Domain.Enforcement;

/// <summary>A natural person's name as the public sees it: the surname and 某某 (张某某, 欧阳某某),
/// the same length for every name so the mask does not hint at the given name (SECURITY.md §2.3).</summary>
public static class PartyNameMask
{
    // The common two-character surnames; any other name keeps its first character.
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "轩辕", "呼延",
    ];

    public const string Hidden = "某某";

    public static string Mask(string name)
    {
        var value = name.Trim();
        if (value.Length == 0)
        {
            return Hidden;
        }

        var surname = value.Length > 2 && CompoundSurnames.Any(s => value.StartsWith(s, StringComparison.Ordinal)) ? value[..2] : value[..1];
        return surname + Hidden;
    }
}
