namespace Gongkai.Domain.AnnualReports;

/// <summary>申请人情况: the six applicant columns of table 三.</summary>
public enum ApplicantKind
{
    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>法人或其他组织 · 商业企业.</summary>
    Commercial,

    /// <summary>法人或其他组织 · 科研机构.</summary>
    Research,

    /// <summary>法人或其他组织 · 社会公益组织.</summary>
    Social,

    /// <summary>法人或其他组织 · 法律服务机构.</summary>
    Legal,

    /// <summary>法人或其他组织 · 其他.</summary>
    OtherOrganization,
}
