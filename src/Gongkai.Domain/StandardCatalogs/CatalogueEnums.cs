namespace Gongkai.Domain.StandardCatalogs;

/// <summary>公开对象 of a catalogue row.</summary>
public enum CatalogueAudience
{
    /// <summary>全社会.</summary>
    Public,

    /// <summary>特定群体 (some catalogues print 特定群众).</summary>
    SpecificGroup,
}

/// <summary>公开方式 of a catalogue row.</summary>
public enum CatalogueMode
{
    /// <summary>主动公开.</summary>
    Proactive,

    /// <summary>依申请公开.</summary>
    OnApplication,
}

/// <summary>公开层级: the catalogues print 县级/乡级; in this district they are 区级/镇级 (街道 included).</summary>
[Flags]
public enum CatalogueLevel
{
    None = 0,

    /// <summary>区级 (县级).</summary>
    District = 1,

    /// <summary>镇级 (乡级, 街道).</summary>
    Town = 2,
}

/// <summary>Chinese names of the catalogue enums and the reading of their cells.</summary>
public static class CatalogueTerms
{
    public static string Name(CatalogueAudience a) => a == CatalogueAudience.Public ? "全社会" : "特定群体";

    public static string Name(CatalogueMode m) => m == CatalogueMode.Proactive ? "主动" : "依申请";

    public static string Name(CatalogueLevel l) => l switch
    {
        CatalogueLevel.District => "区级",
        CatalogueLevel.Town => "镇级",
        CatalogueLevel.District | CatalogueLevel.Town => "区级、镇级",
        _ => "",
    };

    public static CatalogueAudience? ParseAudience(string? text) => Clean(text) switch
    {
        "" => null,
        var t when t.Contains("特定", StringComparison.Ordinal) => CatalogueAudience.SpecificGroup,
        var t when t.Contains("全社会", StringComparison.Ordinal) || t == "社会公众" => CatalogueAudience.Public,
        _ => null,
    };

    public static CatalogueMode? ParseMode(string? text) => Clean(text) switch
    {
        "" => null,
        var t when t.Contains("依申请", StringComparison.Ordinal) => CatalogueMode.OnApplication,
        var t when t.Contains("主动", StringComparison.Ordinal) => CatalogueMode.Proactive,
        _ => null,
    };

    public static CatalogueLevel ParseLevel(string? text)
    {
        var t = Clean(text);
        var level = CatalogueLevel.None;
        if (t.Contains("县", StringComparison.Ordinal) || t.Contains("区", StringComparison.Ordinal))
        {
            level |= CatalogueLevel.District;
        }

        if (t.Contains("乡", StringComparison.Ordinal) || t.Contains("镇", StringComparison.Ordinal) || t.Contains("街道", StringComparison.Ordinal))
        {
            level |= CatalogueLevel.Town;
        }

        return level;
    }

    /// <summary>A tick in a sub-column (全社会 | 特定群体, 主动 | 依申请, 县级 | 乡级): anything but
    /// blank, an empty box or a cross.</summary>
    public static bool IsTicked(string? cell) => Clean(cell) is { Length: > 0 } t && t is not ("□" or "☐" or "×" or "✗" or "否" or "无" or "/" or "-");

    private static string Clean(string? text) => (text ?? "").Trim();
}
