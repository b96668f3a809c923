namespace Gongkai.Domain.PowerLists;

/// <summary>设定依据 must name the laws and articles a power rests on; a cell that says
/// only "有关法律法规" tells the public nothing and is refused. Kept in this feature until the
/// service-guide feature has a shared vague-phrase rule.</summary>
public static class VagueBasis
{
    /// <summary>Phrases that name no particular law; longest first so that removal is greedy.</summary>
    public static IReadOnlyList<string> Phrases { get; } =
    [
        "国家和地方有关法律法规", "有关法律法规规章", "相关法律法规规章", "有关法律法规规定", "相关法律法规规定",
        "法律法规规章", "有关法律法规", "相关法律法规", "国家有关规定", "上级有关规定", "有关法律", "相关法律",
        "有关法规", "相关法规", "法律法规", "有关规定", "相关规定", "有关文件", "相关文件", "等", "及", "和", "规定",
    ];

    /// <summary>True when nothing is left once the vague phrases and punctuation are taken out.</summary>
    public static bool IsVague(string? basis)
    {
        var text = string.Concat((basis ?? "").Where(char.IsLetterOrDigit));
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var phrase in Phrases)
        {
            text = text.Replace(phrase, "", StringComparison.Ordinal);
        }

        return text.Length == 0;
    }
}
