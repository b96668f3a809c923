namespace Gongkai.Domain.AnnualReports;

/// <summary>The national template a report year uses (REGULATIONS.md §3.5).</summary>
public enum TemplateVersion
{
    /// <summary>国办公开办函〔2019〕60号: report years 2019 and 2020.</summary>
    V2019,

    /// <summary>国办公开办函〔2021〕30号: report years 2021 onward.</summary>
    V2021,
}
