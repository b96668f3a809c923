namespace Gongkai.Domain.PowerLists;

/// <summary>The column names of a 权责清单 in the layout organs already keep, with the other names
/// the same column goes by in organs' own sheets. Export writes <see cref="Headers"/> in this order.</summary>
public static class PowerListColumns
{
    public const string Code = "事项编码";
    public const string Name = "事项名称";
    public const string SubItem = "子项";
    public const string Type = "权力类型";
    public const string Basis = "设定依据";
    public const string Subject = "实施主体";
    public const string HandlingUnit = "承办机构";
    public const string Responsibilities = "责任事项";
    public const string Accountability = "追责情形";
    public const string Phone = "监督电话";
    public const string Note = "备注";

    public static IReadOnlyList<string> Headers { get; } =
        [Code, Name, SubItem, Type, Basis, Subject, HandlingUnit, Responsibilities, Accountability, Phone, Note];

    /// <summary>Columns without which no row can be read.</summary>
    public static IReadOnlyList<string> Required { get; } = [Code, Name, Type, Basis];

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["编码"] = Code,
        ["事项代码"] = Code,
        ["权力编码"] = Code,
        ["基本编码"] = Code,
        ["事项名"] = Name,
        ["权力名称"] = Name,
        ["权力事项名称"] = Name,
        ["子项名称"] = SubItem,
        ["事项类型"] = Type,
        ["权责类型"] = Type,
        ["类型"] = Type,
        ["类别"] = Type,
        ["法定依据"] = Basis,
        ["设定依据及条款"] = Basis,
        ["实施依据"] = Basis,
        ["实施机关"] = Subject,
        ["责任主体"] = Subject,
        ["承办科室"] = HandlingUnit,
        ["内设机构"] = HandlingUnit,
        ["承办机构（科室）"] = HandlingUnit,
        ["追责情形及依据"] = Accountability,
        ["问责情形"] = Accountability,
        ["追责情形和依据"] = Accountability,
        ["监督投诉电话"] = Phone,
        ["投诉电话"] = Phone,
    };

    /// <summary>The column a header cell names ("事项\n名称" and "事项名称 " included), or null.</summary>
    public static string? Match(string? header)
    {
        var text = string.Concat((header ?? "").Where(c => !char.IsWhiteSpace(c) && c != '*' && c != '＊'));
        if (text.Length == 0)
        {
            return null;
        }

        if (Headers.Contains(text))
        {
            return text;
        }

        return Aliases.TryGetValue(text, out var name) ? name : null;
    }
}
