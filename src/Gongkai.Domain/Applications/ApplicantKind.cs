namespace Gongkai.Domain.Applications;

/// <summary>The applicant columns of the annual report's table 三 (REGULATIONS.md §3.3): a natural
/// person, or a legal person / other organisation of one of five kinds.</summary>
public enum ApplicantKind
{
    NaturalPerson,
    Commercial,
    Research,
    Social,
    Legal,
    OtherOrganization,
}
