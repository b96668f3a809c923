namespace Gongkai.Domain.Enforcement;

/// <summary>行政相对人: a natural person (name masked in public, ID number never shown) or a
/// legal person / other organisation (name and 统一社会信用代码 shown, as 双公示 requires).</summary>
public enum PartyKind
{
    NaturalPerson,
    LegalPerson,
    OtherOrganization,
}

public static class PartyKinds
{
    private static readonly (PartyKind Kind, string Name, string Code)[] All =
    [
        (PartyKind.NaturalPerson, "自然人", "naturalPerson"),
        (PartyKind.LegalPerson, "法人", "legalPerson"),
        (PartyKind.OtherOrganization, "其他组织", "otherOrganization"),
    ];

    public static string Name(PartyKind kind) => All[(int)kind].Name;

    public static string Code(PartyKind kind) => All[(int)kind].Code;

    public static PartyKind? Parse(string? text)
    {
        var value = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
        foreach (var (kind, name, code) in All)
        {
            if (value == name || string.Equals(value, code, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return value switch
        {
            "个人" or "公民" => PartyKind.NaturalPerson,
            "法人组织" or "企业" or "企业法人" => PartyKind.LegalPerson,
            "非法人组织" or "其它组织" => PartyKind.OtherOrganization,
            _ => null,
        };
    }
}
