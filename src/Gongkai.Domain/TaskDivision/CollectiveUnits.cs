using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.TaskDivision;

/// <summary>The collective terms of task tables (区政府各部门, 各镇（街道）, 全区各级行政机关,
/// 各有关单位 …), compared by organisation-name key so that half-width brackets also match.</summary>
public static class CollectiveUnits
{
    private static readonly OrganizationKind[] Departments = [OrganizationKind.Department];
    private static readonly OrganizationKind[] Towns = [OrganizationKind.Town, OrganizationKind.Subdistrict];
    private static readonly OrganizationKind[] AllAdministrative =
        [OrganizationKind.Government, OrganizationKind.Department, OrganizationKind.Vertical, OrganizationKind.Town, OrganizationKind.Subdistrict];
    private static readonly OrganizationKind[] Relevant = [OrganizationKind.Department, OrganizationKind.Vertical];

    private static readonly Dictionary<string, OrganizationKind[]> Terms = new(StringComparer.Ordinal)
    {
        [OrganizationNames.Key("区政府各部门")] = Departments,
        [OrganizationNames.Key("区政府部门")] = Departments,
        [OrganizationNames.Key("区级各部门")] = Departments,
        [OrganizationNames.Key("区级有关部门")] = Departments,
        [OrganizationNames.Key("各部门")] = Departments,
        [OrganizationNames.Key("各镇（街道）")] = Towns,
        [OrganizationNames.Key("各镇街")] = Towns,
        [OrganizationNames.Key("各镇街道")] = Towns,
        [OrganizationNames.Key("镇（街道）")] = Towns,
        [OrganizationNames.Key("各镇人民政府、街道办事处")] = Towns,
        [OrganizationNames.Key("全区各级行政机关")] = AllAdministrative,
        [OrganizationNames.Key("各级行政机关")] = AllAdministrative,
        [OrganizationNames.Key("各有关单位")] = Relevant,
        [OrganizationNames.Key("有关单位")] = Relevant,
        [OrganizationNames.Key("各相关单位")] = Relevant,
        [OrganizationNames.Key("相关单位")] = Relevant,
    };

    /// <summary>The collective term meant by <paramref name="name"/>, or null for an ordinary name.</summary>
    public static CollectiveUnit? Find(string name)
    {
        var key = OrganizationNames.Key(name);
        return Terms.TryGetValue(key, out var groups) ? new CollectiveUnit(OrganizationNames.Clean(name), groups) : null;
    }
}
