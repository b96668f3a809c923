namespace Gongkai.Domain.MarketRules;

/// <summary>What an organ enters for a rule or standard, checked before it is saved.</summary>
public sealed record MarketRuleFields
{
    public const int MaxTitleLength = 300;
    public const int MaxNameLength = 200;
    public const int MaxBodyLength = 500_000;

    public string Title { get; init; } = "";

    public MarketRuleKind Kind { get; init; }

    public string IssuingAuthority { get; init; } = "";

    public string? DocumentNumber { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public MarketRuleValidity Validity { get; init; }

    public string Industry { get; init; } = "";

    public string? BodyHtml { get; init; }

    /// <summary>Every problem, as a Chinese sentence naming the field.</summary>
    public List<string> Check()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > MaxTitleLength)
        {
            errors.Add($"名称不能为空，且不超过 {MaxTitleLength} 个字。");
        }

        if (string.IsNullOrWhiteSpace(IssuingAuthority) || IssuingAuthority.Length > MaxNameLength)
        {
            errors.Add($"发布机关不能为空，且不超过 {MaxNameLength} 个字。");
        }

        if (DocumentNumber is { Length: > MaxNameLength })
        {
            errors.Add($"文号（标准编号）不超过 {MaxNameLength} 个字。");
        }

        if (EffectiveOn is null)
        {
            errors.Add("施行日期不能为空。");
        }

        if (!MarketIndustries.IsKnown(Industry))
        {
            errors.Add($"行业应为：{string.Join("、", MarketIndustries.All)} 之一。");
        }

        if (!Enum.IsDefined(Validity))
        {
            errors.Add("有效性应为现行有效、已修改或已废止。");
        }

        if (BodyHtml is { Length: > MaxBodyLength })
        {
            errors.Add("正文过长。");
        }

        return errors;
    }
}
