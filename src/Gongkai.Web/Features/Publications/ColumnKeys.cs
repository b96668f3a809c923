namespace Gongkai.Web.Features.Publications;

/// <summary>Keys of the four first-level columns every platform has (61号, REGULATIONS.md §4).
/// Statutory sub-columns use the keys of <see cref="Gongkai.Domain.Publications.StatutoryItems"/>.</summary>
public static class ColumnKeys
{
    public const string Guide = "guide";
    public const string Rules = "rules";
    public const string Statutory = "statutory";
    public const string AnnualReports = "annual-reports";

    public static IReadOnlyList<(string Key, string Title)> FirstLevel { get; } =
    [
        (Guide, "政府信息公开指南"),
        (Rules, "政府信息公开制度"),
        (Statutory, "法定主动公开内容"),
        (AnnualReports, "政府信息公开年报"),
    ];
}
