namespace Gongkai.Domain.AnnualReports;

/// <summary>Keys of table 二 (主动公开政府信息情况, REGULATIONS.md §3.2) that a feature's report source
/// fills: e.g. an enforcement source adds <c>(Item5, Licence, Decisions)</c>, <c>(Item6, Penalty,
/// Decisions)</c> and <c>(Item6, Coercion, Decisions)</c> with the year's decisions (2021 template;
/// the 2019 template's column is the same key). They match <see cref="ReportTemplates"/>.</summary>
public static class ProactiveTableKeys
{
    public const string Item1 = "proactive.item1";
    public const string Item5 = "proactive.item5";
    public const string Item6 = "proactive.item6";
    public const string Item8 = "proactive.item8";
    public const string Item9 = "proactive.item9";

    public const string Rules = "rules";
    public const string NormativeDocuments = "normativeDocuments";
    public const string Licence = "licence";
    public const string OtherServices = "otherServices";
    public const string Penalty = "penalty";
    public const string Coercion = "coercion";
    public const string Fees = "fees";
    public const string Procurement = "procurement";

    public const string Decisions = "decisions";
}
