namespace Gongkai.Domain.MarketRules;

/// <summary>有效性 of a rule or standard, as the issuing organ declares it.</summary>
public enum MarketRuleValidity
{
    /// <summary>现行有效.</summary>
    Current,

    /// <summary>已修改: a later text amends it; it stays in the library for cases under the old text.</summary>
    Amended,

    /// <summary>已废止.</summary>
    Repealed,
}

/// <summary>Whether an entry is a regulatory rule or a standard (市场监管规则和标准).</summary>
public enum MarketRuleKind
{
    /// <summary>监管规则 (规章、规范性文件、监管办法).</summary>
    Rule,

    /// <summary>标准 (国家、行业、地方标准).</summary>
    Standard,
}

public static class MarketRuleLabels
{
    public static string Of(MarketRuleValidity v) => v switch
    {
        MarketRuleValidity.Current => "现行有效",
        MarketRuleValidity.Amended => "已修改",
        _ => "已废止",
    };

    public static string Of(MarketRuleKind k) => k == MarketRuleKind.Standard ? "标准" : "监管规则";
}
