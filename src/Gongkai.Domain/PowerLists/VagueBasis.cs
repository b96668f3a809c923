namespace Gongkai.Domain.PowerLists;

/// <summary>设定依据 must name the laws and articles a power rests on; a cell that says
/// only "有关法律法规" tells the public nothing and is refused. This is not the service guides'
/// <see cref="ServiceGuides.VaguePhrases"/>: a basis that names its law may end in "等有关规定"
/// ("《行政许可法》第十二条等有关规定" is fine), so only a basis made of nothing but such phrases is
/// vague, where a guide is refused for any indefinite phrase anywhere.</summary>
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
