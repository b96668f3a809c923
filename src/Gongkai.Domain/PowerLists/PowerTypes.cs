namespace Gongkai.Domain.PowerLists;

/// <summary>The Chinese name and the API code of each <see cref="PowerType"/>, and reading either
/// back (people type the Chinese name in their spreadsheets; integrations send the code).</summary>
public static class PowerTypes
{
    private static readonly (PowerType Type, string Name, string Code)[] All =
    [
        (PowerType.Licence, "行政许可", "licence"),
        (PowerType.Penalty, "行政处罚", "penalty"),
        (PowerType.Coercion, "行政强制", "coercion"),
        (PowerType.Levy, "行政征收", "levy"),
        (PowerType.Payment, "行政给付", "payment"),
        (PowerType.Inspection, "行政检查", "inspection"),
        (PowerType.Confirmation, "行政确认", "confirmation"),
        (PowerType.Reward, "行政奖励", "reward"),
        (PowerType.Adjudication, "行政裁决", "adjudication"),
        (PowerType.Other, "其他行政权力", "other"),
        (PowerType.PublicService, "公共服务", "publicService"),
    ];

    public static IReadOnlyList<PowerType> InOrder { get; } = All.Select(t => t.Type).ToArray();

    public static string Name(PowerType type) => All[(int)type].Name;

    public static string Code(PowerType type) => All[(int)type].Code;

    /// <summary>Every accepted spelling, for error messages.</summary>
    public static string NameList { get; } = string.Join("、", All.Select(t => t.Name));

    /// <summary>A Chinese name (with or without spaces, "其他权力" for 其他行政权力) or an API code.</summary>
    public static PowerType? Parse(string? text)
    {
        var value = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (value.Length == 0)
        {
            return null;
        }

        foreach (var (type, name, code) in All)
        {
            if (value == name || string.Equals(value, code, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return value is "其他权力" or "其它行政权力" or "其它权力" ? PowerType.Other : null;
    }
}
